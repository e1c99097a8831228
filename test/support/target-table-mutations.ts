/**
 * The target-table mutations as the e2e tests send them, each answering with `payload`, the
 * selection a test reads back, e.g. "position targetTable { status version }".
 */
export function targetTableMutations(payload: string) {
  return {
    DRAFT: `mutation($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { ${payload} } }`,
    REVISE: `mutation($input: TargetTableCommandInput!) { reviseTargetTableDraft(input: $input) { ${payload} } }`,
    SUBMIT: `mutation($input: TargetTableRefInput!) { submitTargetTable(input: $input) { ${payload} } }`,
    RESUBMIT: `mutation($input: TargetTableRefInput!) { resubmitTargetTable(input: $input) { ${payload} } }`,
    WITHDRAW: `mutation($input: TargetTableRefInput!) { withdrawTargetTableSubmission(input: $input) { ${payload} } }`,
    APPROVE: `mutation($input: ApproveTargetTableStepInput!) { approveTargetTableStep(input: $input) { ${payload} } }`,
    RETURN: `mutation($input: ReturnTargetTableInput!) { returnTargetTable(input: $input) { ${payload} } }`,
    ADJUST: `mutation($input: ProposeTargetTableAdjustmentInput!) { proposeTargetTableAdjustment(input: $input) { ${payload} } }`,
  };
}
