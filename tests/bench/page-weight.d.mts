export interface PageWeight {
  page: string;
  file: string;
  html: { raw: number; gz: number };
  css: { raw: number; gz: number; files: string[] };
  js: { raw: number; gz: number; files: string[] };
  inlineScript: number;
  islands: number;
  islandsJs: { name: string; gz: number }[];
}
export function isChapterPage(page: string): boolean;
export function measurePages(dist?: string): PageWeight[];
export const BUDGETS: {
  textPageExternalJs: number;
  textPageInlineScript: number;
  jsGz: number;
  cssGz: number;
  htmlGz: number;
};
