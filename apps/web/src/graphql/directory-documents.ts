import { gql } from 'urql';
import type { Role } from './documents';

/** Documents and result types of 组织机构 (the directory, for the administrator). */

export interface DirectoryUser {
  id: string;
  userName: string;
  displayName: string;
  unitCode: string | null;
  sectionId: string | null;
  roles: Role[];
  active: boolean;
}

export const USERS = gql<{ users: DirectoryUser[] }, { unitCode: string | null }>`
  query Users($unitCode: String) { users(unitCode: $unitCode) { id userName displayName unitCode sectionId roles active } }
`;

type Written = { position: string; userId: string | null };
const WRITTEN = 'position userId';

export const CREATE_UNIT = gql<{ createUnit: Written }, { input: { commandId: string; unitCode: string; name: string } }>`
  mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { ${WRITTEN} } }
`;
export const CREATE_SECTION = gql<{ createSection: Written }, { input: { commandId: string; unitCode: string; sectionId: string; name: string } }>`
  mutation CreateSection($input: CreateSectionInput!) { createSection(input: $input) { ${WRITTEN} } }
`;
export const REGISTER_USER = gql<
  { registerUser: Written },
  { input: { commandId: string; userName: string; displayName: string; unitCode: string; sectionId: string | null; password: string } }
>`
  mutation RegisterUser($input: RegisterUserInput!) { registerUser(input: $input) { ${WRITTEN} } }
`;
export const DEACTIVATE_USER = gql<{ deactivateUser: Written }, { input: { commandId: string; userId: string } }>`
  mutation DeactivateUser($input: DeactivateUserInput!) { deactivateUser(input: $input) { ${WRITTEN} } }
`;
export const RESET_PASSWORD = gql<{ changePassword: Written }, { input: { commandId: string; userId: string; newPassword: string } }>`
  mutation ResetPassword($input: ChangePasswordInput!) { changePassword(input: $input) { ${WRITTEN} } }
`;
export const GRANT_ROLE = gql<{ grantRole: Written }, { input: { commandId: string; userId: string; role: Role } }>`
  mutation GrantRole($input: RoleInput!) { grantRole(input: $input) { ${WRITTEN} } }
`;
export const REVOKE_ROLE = gql<{ revokeRole: Written }, { input: { commandId: string; userId: string; role: Role } }>`
  mutation RevokeRole($input: RoleInput!) { revokeRole(input: $input) { ${WRITTEN} } }
`;
export const CONFIGURE_CHAIN = gql<
  { configureApprovalChain: Written },
  { input: { commandId: string; unitCode: string; steps: Array<{ step: string; role: Role }> } }
>`
  mutation ConfigureChain($input: ConfigureApprovalChainInput!) { configureApprovalChain(input: $input) { ${WRITTEN} } }
`;
