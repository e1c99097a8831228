import { Card, Col, Row } from 'antd';
import { useQuery } from 'urql';
import { VERSION_DIFF, type TargetTable } from '../graphql/documents';
import { TargetTableSheet } from './TargetTableSheet';

/**
 * An adjustment (调整) as the deciders see it: the approved baseline beside the proposal, the
 * cells the proposal changes marked on both.
 */
export function BaselineBeside({ table }: { table: TargetTable & { baseline: NonNullable<TargetTable['baseline']> } }) {
  const [{ data }] = useQuery({
    query: VERSION_DIFF,
    variables: { projectCode: table.projectCode, fiscalYear: table.fiscalYear, fromVersion: table.baseline.version, toVersion: table.version },
  });
  const changed = new Set(data?.targetTableVersionDiff.changes.map((change) => change.field) ?? []);
  const sheet = (content: TargetTable['baseline'] & object) => (
    <TargetTableSheet content={content} projectCode={table.projectCode} fiscalYear={table.fiscalYear} unitName={table.unitName} highlight={changed} />
  );
  return (
    <Row gutter={16} data-testid="baseline-beside">
      <Col xs={24} xxl={12}>
        <Card size="small" title={`已批准的基线（第 ${table.baseline.version} 版）`}>
          {sheet(table.baseline)}
        </Card>
      </Col>
      <Col xs={24} xxl={12}>
        <Card size="small" title={`调整方案（第 ${table.version} 版）`}>
          {sheet(table)}
        </Card>
      </Col>
    </Row>
  );
}
