import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ProjectRefInput } from '../graphql/review-command.types.js';

@InputType({ description: 'Names a project’s ledger; the command id makes a retry harmless.' })
export class LedgerRefInput extends ProjectRefInput {}

@InputType({ description: '支出: a payment against the approved target table of a project.' })
export class RecordDisbursementInput extends LedgerRefInput {
  @Field({ description: 'Yuan (元) as a decimal string with at most two decimals, more than 0, e.g. "1000.00".' }) amount!: string;
  @Field({ description: 'Payment date, YYYY-MM-DD, inside the fiscal year.' }) date!: string;
  @Field({ description: '凭证号, not used by another standing payment of the project.' }) voucherNumber!: string;
  @Field({ description: '收款人' }) payee!: string;
  @Field(() => String, { nullable: true, description: '备注' }) note?: string | null;
}

@InputType({ description: '冲销: cancel a payment by a reversing entry; nothing is edited or deleted.' })
export class ReverseDisbursementInput extends LedgerRefInput {
  @Field(() => Int, { description: 'The number of the payment entry to reverse.' }) entryNumber!: number;
  @Field({ description: '冲销原因 (required)' }) reason!: string;
}
