import type { CombinedError } from 'urql';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A refusal as the page shows it: a Chinese title for its code, the API's words, and the fields it names. */
export interface Refusal {
  code: string;
  title: string;
  message: string;
  problems: FieldProblem[];
}

const titles: Record<string, string> = {
  VALIDATION: '填写有误',
  CONFLICT: '操作冲突：表的状态已变化，请刷新后再试',
  FORBIDDEN: '无权进行此操作',
  NOT_FOUND: '未找到',
  UNAUTHENTICATED: '登录已失效，请重新登录',
  TIMEOUT: '服务器繁忙，请稍后再试',
  INTERNAL: '服务器内部错误，请联系管理员',
  NETWORK: '无法连接服务器',
};

export function refusalOf(error: CombinedError): Refusal {
  if (error.networkError !== undefined && error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', title: titles.NETWORK!, message: '请检查网络或稍后再试', problems: [] };
  }
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? 'INTERNAL');
  const problems = (first?.extensions?.problems as FieldProblem[] | undefined) ?? [];
  return { code, title: titles[code] ?? '操作未完成', message: first?.message ?? error.message, problems };
}

/** Problems about one field path or anything inside it (e.g. "indicators[2]" covers indicators[2].valueText). */
export function problemsAt(problems: readonly FieldProblem[], field: string): FieldProblem[] {
  return problems.filter((problem) => problem.field === field || problem.field.startsWith(`${field}.`) || problem.field.startsWith(`${field}[`));
}

/** What a refused sign-in says: wrong name or password, or locked until a time (shown in local time). */
export function loginRefusalMessage(error: CombinedError): string {
  const refusal = refusalOf(error);
  if (refusal.code === 'NETWORK') return `${refusal.title}：${refusal.message}`;
  const until = /(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)/u.exec(refusal.message)?.[1];
  const lockedUntil = until === undefined ? null : new Date(until).toLocaleString('zh-CN', { hour12: false });
  if (lockedUntil !== null && /locked|锁定/iu.test(refusal.message)) return `登录已被锁定，请于 ${lockedUntil} 后再试，或联系管理员`;
  if (lockedUntil !== null) return `登录失败次数过多，请于 ${lockedUntil} 后再试`;
  if (refusal.code === 'UNAUTHENTICATED') return '用户名或密码错误';
  return `${refusal.title}：${refusal.message}`;
}
