import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Column } from './ledger-columns';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7E3DA' } } as const;

/** A sheet of `items` under `columns`: bold Chinese headers, the header row frozen, each column its width. */
export function addSheet<T>(workbook: Workbook, name: string, columns: ReadonlyArray<Column<T>>): (items: readonly T[], names?: ReadonlyMap<string, string>) => void {
  const sheet: Worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  const none: ReadonlyMap<string, string> = new Map();
  return (items, names = none) => {
    for (const item of items) sheet.addRow(columns.map((column) => column.value(item, names)));
  };
}

export function newWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = '网格之家';
  workbook.created = new Date();
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
