import { PassThrough } from 'node:stream';
import { stream } from 'exceljs';
import type { Column } from './ledger-columns';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7E3DA' } } as const;

type Writer = InstanceType<typeof stream.xlsx.WorkbookWriter>;

export interface LedgerSheet<T> {
  write(items: readonly T[], names?: ReadonlyMap<string, string>): void;
}

/**
 * An xlsx written as it is filled: each row leaves memory once added, so a month of 10,000 cases never stands
 * whole in the function's memory. Sheets are written one after another; `bytes()` closes the file.
 */
export class LedgerWorkbook {
  private readonly chunks: Buffer[] = [];
  private readonly writer: Writer;
  private open: { commit(): void } | null = null;

  constructor() {
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.writer = new stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    this.writer.creator = '网格之家';
    this.writer.created = new Date();
  }

  /** A sheet of `columns`: bold Chinese headers, the header row frozen, each column its width. */
  addSheet<T>(name: string, columns: ReadonlyArray<Column<T>>): LedgerSheet<T> {
    this.open?.commit();
    const sheet = this.writer.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { vertical: 'middle', wrapText: true };
    header.commit();
    this.open = sheet;
    const none: ReadonlyMap<string, string> = new Map();
    return {
      write: (items, names = none) => {
        for (const item of items) sheet.addRow(columns.map((column) => column.value(item, names))).commit();
      },
    };
  }

  async bytes(): Promise<Buffer> {
    this.open?.commit();
    await this.writer.commit();
    return Buffer.concat(this.chunks);
  }
}
