import { readFileSync } from 'node:fs';
import {
  type GlossaryLoadOptions,
  type GlossaryLoadResult,
  parseGlossary,
} from '../../src/glossary/index.js';
import type { GlossaryEntry, GlossaryEntryInput } from '../../src/model/index.js';
import { GlossaryEntry as GlossaryEntrySchema } from '../../src/model/index.js';

const FIXTURES = new URL('../fixtures/glossary/', import.meta.url);

/** Bytes of a fixture in test/fixtures/glossary. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(name, FIXTURES));
}

/** Parses a fixture under its own name. */
export function loadFixture(name: string, options?: GlossaryLoadOptions): GlossaryLoadResult {
  return parseGlossary(fixture(name), name, options);
}

/** The sample interview, as the pipeline reads it. */
export function sampleText(): string {
  return readFileSync(new URL('../../input/interview.txt', import.meta.url), 'utf8');
}

/** An entry for tests: `entry('中国|中华', 'China')`. */
export function entry(
  sources: string,
  targets: string,
  extra: Partial<GlossaryEntryInput> = {},
): GlossaryEntry {
  return GlossaryEntrySchema.parse({
    sources: sources.split('|'),
    targets: targets ? targets.split('|') : [],
    origin: { file: 'test.csv' },
    ...extra,
  });
}
