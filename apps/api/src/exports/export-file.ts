import type { FormSheet } from '@app/forms';

/** A download: the forms it holds and the names it goes by. */
export interface ExportFile {
  /** The Chinese file name, e.g. 2022年_就业工作经费_绩效目标表.xlsx. */
  fileName: string;
  /** The same in ASCII, for clients that do not read filename*. */
  asciiName: string;
  title: string;
  sheets: FormSheet[];
}
