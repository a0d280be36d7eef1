/** How to split a document into segments. */
export interface SegmentOptions {
  /** Language of the text (`zh`, `ja`, `en-US`, …); only the primary subtag matters. */
  readonly language: string;
  /**
   * Transcript speaker labels (`记者`, `王毅`, `Q`, `A`, `问`, `答`) that become segments of their own where they
   * begin a turn. See {@link detectSpeakers} to find them when the user gave none.
   */
  readonly speakers?: readonly string[];
  /** Whether the full-width `；` ends a CJK sentence; off by default because it mostly joins parallel clauses. */
  readonly breakOnSemicolon?: boolean;
  /**
   * Hard cap on a segment's length in UTF-16 units; a longer sentence is cut at its last comma, space or other
   * punctuation before the cap. Defaults to 30,000, below Excel's 32,767-character cell limit.
   */
  readonly maxLength?: number;
}

/** {@link SegmentOptions} with defaults filled in and checked. */
export interface ResolvedSegmentOptions {
  readonly language: string;
  readonly speakers: readonly string[];
  readonly breakOnSemicolon: boolean;
  readonly maxLength: number;
}

/** The default {@link SegmentOptions.maxLength}. */
export const DEFAULT_MAX_LENGTH = 30_000;

/** Fills in defaults; throws on a `maxLength` that is not a whole number from 2 up. */
export function resolveSegmentOptions(options: SegmentOptions): ResolvedSegmentOptions {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 2) {
    throw new RangeError(`Expected \`maxLength\` to be a whole number from 2 up, got \`${maxLength}\``);
  }
  const speakers = [...new Set((options.speakers ?? []).map((label) => label.trim()).filter(Boolean))];
  // Longest first, so that 主持人 wins over 主持 where both are labels.
  speakers.sort((a, b) => b.length - a.length);
  return {
    language: options.language,
    speakers,
    breakOnSemicolon: options.breakOnSemicolon ?? false,
    maxLength,
  };
}
