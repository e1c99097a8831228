/**
 * The roles of docs/domain-rules.md. Imports nothing: the message catalogue names roles with
 * roleLabels, so a check that needs a message lives elsewhere (directory-fields.ts).
 */
export const allRoles = ['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER', 'AUDITOR', 'ADMIN'] as const;

export type Role = (typeof allRoles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (allRoles as ReadonlyArray<string>).includes(value);
}

/** Roles that act on their own section's projects: without a section they could act on nothing. */
export const sectionScopedRoles: ReadonlyArray<Role> = ['PREPARER', 'SECTION_HEAD'];

/** Roles that act on their whole unit: without a unit they could act on nothing. */
export const unitScopedRoles: ReadonlyArray<Role> = ['OFFICE', 'LEADER'];

/** Roles in a fixed order, so that two grants in either order give the same state. */
export function sortRoles(roles: Iterable<Role>): Role[] {
  const held = new Set(roles);
  return allRoles.filter((role) => held.has(role));
}

/** The roles in Chinese, as people name them, for those reading who acted and as what. */
export const roleLabels: Readonly<Record<Role, string>> = {
  PREPARER: '科室经办人',
  SECTION_HEAD: '科室负责人',
  OFFICE: '办公室',
  LEADER: '单位负责人',
  AUDITOR: '审计',
  ADMIN: '管理员',
};
