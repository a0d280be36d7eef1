/** Output formats of `tandem align`. */
export const OUTPUT_FORMATS = ['xlsx', 'docx', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
