import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { DomainError, messages } from '@app/domain';
import type { Actor } from '@app/event-store';
import { CallerAuthentication } from '../auth/caller-authentication.js';
import { ApiError } from '../graphql/api-error.js';
import { APP_LOGGER, type AppLogger } from '../observability/app-logger.js';
import { attachment } from './content-disposition.js';
import type { ExportFile } from './export-file.js';
import { AuditTrailExport } from './audit-trail-export.js';
import { ReviewExports } from './review-exports.js';
import { DepartmentExports } from './department-exports.js';
import { TargetTableExports } from './target-table-exports.js';
import { writeWorkbook } from './xlsx-workbook.js';

interface ExportRequest {
  path: string;
  query: Record<string, unknown>;
  headers: { authorization?: string | string[] };
}

interface ExportResponse extends Writable {
  status(code: number): ExportResponse;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
  readonly headersSent: boolean;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An HTTP status for each refusal; FORBIDDEN only where the view refuses a whole list (a unit outside one's scope). */
const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409 };

/**
 * Downloads of the official forms (docs/exports.md): binary files are no GraphQL answers, so
 * they are plain GETs with the same `Authorization: Bearer <token>`, authorised by the same
 * check as every GraphQL operation and read by the same scope as the view they come from.
 * `<name>.xlsx` streams the workbook; `<name>.json` is the same forms as cell grids, which the
 * console's print view draws.
 */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly authentication: CallerAuthentication,
    private readonly targetTables: TargetTableExports,
    private readonly reviews: ReviewExports,
    private readonly departments: DepartmentExports,
    private readonly auditTrail: AuditTrailExport,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  /** GET /exports/target-tables/2022/13052922P00584010316P.xlsx — one 项目支出绩效目标表. */
  @Get('target-tables/:fiscalYear/:file')
  async targetTable(@Param('fiscalYear') year: string, @Param('file') file: string, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, projectCode) => this.targetTables.one(actor, fiscalYearOf(year, request.path), projectCode));
  }

  /**
   * GET /exports/target-tables/2022.xlsx?unitCode=323001 — every readable table of a year (of one unit), a worksheet each;
   * GET /exports/target-tables/template.xlsx?fiscalYear=2023 — an empty one of the caller's unit to fill in.
   */
  @Get('target-tables/:file')
  async targetTablesOfYear(@Param('file') file: string, @Query('unitCode') unitCode: string | undefined, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, year) =>
      year === 'template'
        ? this.targetTables.template(actor, fiscalYearParameter(request))
        : this.targetTables.ofYear(actor, fiscalYearOf(year, request.path), given(unitCode)),
    );
  }

  /** GET /exports/midterm-reviews/2022/<projectCode>.xlsx — 项目支出绩效运行监控表. */
  @Get('midterm-reviews/:fiscalYear/:file')
  async midtermReview(@Param('fiscalYear') year: string, @Param('file') file: string, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, projectCode) => this.reviews.midterm(actor, fiscalYearOf(year, request.path), projectCode));
  }

  /** GET /exports/final-evaluations/2022/<projectCode>.xlsx — 项目支出绩效自评表. */
  @Get('final-evaluations/:fiscalYear/:file')
  async finalEvaluation(@Param('fiscalYear') year: string, @Param('file') file: string, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, projectCode) => this.reviews.finalEvaluation(actor, fiscalYearOf(year, request.path), projectCode));
  }

  /** GET /exports/department-targets/2022/<departmentCode>.xlsx — 部门（单位）整体绩效目标表. */
  @Get('department-targets/:fiscalYear/:file')
  async departmentTargets(@Param('fiscalYear') year: string, @Param('file') file: string, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, departmentCode) => this.departments.departmentTargets(actor, fiscalYearOf(year, request.path), departmentCode));
  }

  /** GET /exports/department-evaluations/2022/<departmentCode>.xlsx — 部门整体支出绩效自评表. */
  @Get('department-evaluations/:fiscalYear/:file')
  async departmentEvaluation(@Param('fiscalYear') year: string, @Param('file') file: string, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, departmentCode) => this.departments.departmentEvaluation(actor, fiscalYearOf(year, request.path), departmentCode));
  }

  /** GET /exports/midterm-dashboard/2022.xlsx?unitCode= — 绩效运行监控汇总表 of a unit, or of the department without one. */
  @Get('midterm-dashboard/:file')
  async midtermDashboard(@Param('file') file: string, @Query('unitCode') unitCode: string | undefined, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, year) => this.reviews.midtermDashboard(actor, fiscalYearOf(year, request.path), given(unitCode)));
  }

  /** GET /exports/evaluation-roll-up/2022.xlsx?unitCode= — 绩效自评汇总表 of a unit, or of the department without one. */
  @Get('evaluation-roll-up/:file')
  async evaluationRollUp(@Param('file') file: string, @Query('unitCode') unitCode: string | undefined, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, year) => this.reviews.evaluationRollUp(actor, fiscalYearOf(year, request.path), given(unitCode)));
  }

  /** GET /exports/execution-overview/2022.xlsx?unitCode=&through=&asOf= — 预算执行情况表, with the query's arguments. */
  @Get('execution-overview/:file')
  async executionOverview(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() request: ExportRequest,
    @Res() response: ExportResponse,
  ): Promise<void> {
    await this.answer(request, response, file, (actor, year) =>
      this.reviews.executionOverview(actor, fiscalYearOf(year, request.path), { unitCode: given(query.unitCode), through: given(query.through), asOf: given(query.asOf) }),
    );
  }

  /** GET /exports/audit-trail.xlsx?projectCode=&fiscalYear=&from=&… — 审计记录 of the auditTrail query's filter, oldest first. */
  @Get(':file')
  async auditTrailOf(@Param('file') file: string, @Query() query: Record<string, unknown>, @Req() request: ExportRequest, @Res() response: ExportResponse): Promise<void> {
    await this.answer(request, response, file, (actor, name) => {
      if (name !== 'audit-trail') throw new ApiError('NOT_FOUND', messages.forms.exports.notFound(request.path));
      return this.auditTrail.ofFilter(actor, query);
    });
  }

  private async answer(request: ExportRequest, response: ExportResponse, file: string, build: (actor: Actor, name: string) => Promise<ExportFile>): Promise<void> {
    try {
      const { name, format } = fileOf(file, request.path);
      const { actor } = await this.authentication.callerOf(request.headers.authorization);
      const exported = await build(actor, name);
      response.setHeader('Cache-Control', 'no-store');
      if (format === 'json') {
        response.json({ fileName: exported.fileName, title: exported.title, sheets: exported.sheets });
        return;
      }
      response.status(200);
      response.setHeader('Content-Type', xlsxType);
      response.setHeader('Content-Disposition', attachment(exported.fileName, exported.asciiName));
      await writeWorkbook(exported.sheets, response, { creator: actor.displayName, title: exported.title });
    } catch (error) {
      this.refuse(response, error);
    }
  }

  private refuse(response: ExportResponse, error: unknown): void {
    if (response.headersSent) {
      // The workbook was already on its way: all that is left is to cut it short, which the client sees as a broken download.
      this.logger.error({ err: error }, 'export failed while streaming');
      response.destroy(error instanceof Error ? error : undefined);
      return;
    }
    if (error instanceof ApiError || error instanceof DomainError) {
      response.status(statusOf[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
      return;
    }
    const reference = randomUUID();
    this.logger.error({ err: error, reference }, 'export failed');
    response.status(500).json({ error: { code: 'INTERNAL', message: messages.common.internal(reference), reference } });
  }
}

function fileOf(file: string, path: string): { name: string; format: 'xlsx' | 'json' } {
  const match = /^(.+)\.(xlsx|json)$/.exec(file);
  if (match === null) throw new ApiError('NOT_FOUND', messages.forms.exports.notFound(path));
  return { name: match[1]!, format: match[2] as 'xlsx' | 'json' };
}

/** A query parameter given once and not empty; anything else counts as left out. */
function given(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function fiscalYearParameter(request: ExportRequest): number | null {
  const year = given(request.query.fiscalYear);
  return year === null ? null : fiscalYearOf(year, request.path);
}

function fiscalYearOf(text: string, path: string): number {
  if (!/^\d{4}$/.test(text)) throw new ApiError('NOT_FOUND', messages.forms.exports.notFound(path));
  return Number(text);
}
