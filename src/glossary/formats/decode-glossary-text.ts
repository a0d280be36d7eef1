import { decodeText, EncodingError } from '../../read/decode-text.js';

export type DecodedGlossary = { readonly text: string } | { readonly problem: string };

/**
 * Decodes a text glossary (CSV, TSV, TBX), detecting UTF-8/UTF-16/GB18030 with `decodeText`, and recognises
 * what is not text at all: a workbook saved under a text extension, or any other binary file.
 */
export function decodeGlossaryText(bytes: Uint8Array, format: string): DecodedGlossary {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return {
      problem: `This is a zip archive (an XLSX/ODS workbook?), not a ${format} text file. Give it the .xlsx or .ods extension, or save the glossary as ${format}.`,
    };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return {
      problem: `This is an Excel .xls workbook, not a ${format} text file. Save it as .xlsx or as ${format}.`,
    };
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    if (error instanceof EncodingError) return { problem: error.message };
    throw error;
  }
  if (text.includes('\u0000')) {
    return {
      problem: `This is a binary file, not a ${format} glossary. Save the glossary as ${format} text (UTF-8).`,
    };
  }
  return { text };
}
