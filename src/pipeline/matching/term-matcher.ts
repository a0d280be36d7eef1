import {
  buildTermIndex,
  CJK_LANGUAGES,
  LearnedWords,
  matchTerms,
  segmenterLanguage,
  type TermIndex,
  useLearnedWords,
} from '../../glossary/index.js';
import { type GlossaryEntry, primaryLanguage, type TermMatch } from '../../model/index.js';
import { languagesKey } from './languages-key.js';
import { type MatchLanguages, MatchPool } from './match-pool.js';
import { type Lookahead, WordLookahead } from './word-lookahead.js';

/** Below this many segments a document is matched on the main thread: starting threads would cost more. */
const POOL_MIN_SEGMENTS = 4_000;

/** Input files this big (about 4,000 Chinese sentences) are worth starting the threads for before they are read. */
export const POOL_MIN_BYTES = 400_000;

/** Characters of Chinese or Japanese text worth a {@link WordLookahead}: a thread costs tens of milliseconds to start. */
const LOOKAHEAD_MIN_CHARS = 100_000;

/** Segments matched between looks at what the word thread has sent. */
const LOOKAHEAD_STEP = 1_000;

/**
 * Matches glossary terms in documents: small ones on the calling thread alone; big ones on the calling thread and
 * `helpers` worker threads together (started at the first big document, shared by all of them), so that a book's
 * matching uses every core. On two cores, where matching threads would only compete, a big Chinese or Japanese
 * document's word tokens are worked out on the word thread instead (see {@link lookAhead}). Results are the same
 * either way. Close it when the run is over.
 */
export class TermMatcher {
  readonly #entries: readonly GlossaryEntry[];
  readonly #helpers: number;
  readonly #lookahead: boolean;
  readonly #indexes = new Map<string, TermIndex>();
  readonly #learned = new Map<string, LearnedWords>();
  /** The word thread, started at the first big Chinese or Japanese document. */
  #words: WordLookahead | undefined;
  #pool: MatchPool | undefined;
  /** Set when the pool failed: the rest of the run matches on the main thread. */
  #poolFailed = false;

  /**
   * `helpers`: worker threads to share big documents' matching with; none matches everything here. `lookahead`:
   * whether {@link lookAhead} may start a thread (a run limited to one core says no).
   */
  constructor(entries: readonly GlossaryEntry[], helpers: number, lookahead = true) {
    this.#entries = entries;
    this.#helpers = helpers;
    this.#lookahead = lookahead;
  }

  /**
   * Starts the threads now, before any document is segmented, when a run has big files: they load the glossary
   * and build the index of `language` into `targetLanguage` (when known) while the main thread reads and segments.
   */
  prepare(language?: string, targetLanguage?: string): void {
    if (this.#helpers >= 1 && !this.#poolFailed) {
      this.#pool ??= new MatchPool(
        this.#entries,
        this.#helpers,
        language ? languagesOf(language, targetLanguage) : undefined,
      );
    }
  }

  /**
   * Starts working out the word tokens of a big Chinese or Japanese document's texts (its paragraphs) on the word
   * thread, for {@link match} to use: see {@link WordLookahead}. Undefined for other languages and small documents.
   */
  lookAhead(language: string, texts: readonly string[]): Lookahead | undefined {
    const primary = primaryLanguage(language);
    // With matching threads, each of them asks ICU about its own share.
    if (!this.#lookahead || this.#helpers >= 1 || !CJK_LANGUAGES.has(primary)) return undefined;
    let chars = 0;
    for (const text of texts) chars += text.length;
    if (chars < LOOKAHEAD_MIN_CHARS) return undefined;
    const segmenter = segmenterLanguage(primary);
    try {
      this.#words ??= new WordLookahead();
      return this.#words.ask(segmenter, texts, this.#learnedIn(segmenter));
    } catch {
      return undefined;
    }
  }

  /**
   * The matches of each source, texts in `language` translated into `targetLanguage`; `onMatched` hears how many
   * sources are done, as they get done. With `lookahead`, the word tokens it has worked out are used as they arrive.
   */
  async match(
    language: string,
    targetLanguage: string,
    sources: readonly string[],
    onMatched: (done: number) => void = () => {},
    lookahead?: Lookahead,
  ): Promise<TermMatch[][]> {
    const languages = languagesOf(language, targetLanguage);
    // A lookahead is only given where there are no matching threads (see lookAhead).
    if (!lookahead && this.#helpers >= 1 && sources.length >= POOL_MIN_SEGMENTS && !this.#poolFailed) {
      this.#pool ??= new MatchPool(this.#entries, this.#helpers);
      try {
        return await this.#pool.match(languages, sources, onMatched, (run) => {
          const index = this.#index(languages);
          return run.map((source) => matchTerms(index, source));
        });
      } catch {
        // A pool that cannot start at all must not fail the document.
        this.#poolFailed = true;
        void this.#pool.close();
      }
    }
    const index = this.#index(languages);
    const found: TermMatch[][] = [];
    for (let i = 0; i < sources.length; i++) {
      found.push(matchTerms(index, sources[i]!));
      onMatched(i + 1);
      // Lets the word thread's batches in.
      if (lookahead && (i + 1) % LOOKAHEAD_STEP === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return found;
  }

  #index({ language, targetLanguage }: MatchLanguages): TermIndex {
    const key = languagesKey(language, targetLanguage);
    let index = this.#indexes.get(key);
    if (!index) {
      index = buildTermIndex(this.#entries, { language, ...(targetLanguage ? { targetLanguage } : {}) });
      if (this.#lookahead) useLearnedWords(index, this.#learnedIn(segmenterLanguage(language)));
      this.#indexes.set(key, index);
    }
    return index;
  }

  /** What the word thread has learned in this run of texts in one segmenter language, for every index of it. */
  #learnedIn(segmenter: string): LearnedWords {
    let learned = this.#learned.get(segmenter);
    if (!learned) {
      learned = new LearnedWords();
      this.#learned.set(segmenter, learned);
    }
    return learned;
  }

  /** Stops the threads, if any were started. */
  async close(): Promise<void> {
    await Promise.all([this.#pool?.close(), this.#words?.close()]);
  }
}

function languagesOf(language: string, targetLanguage: string | undefined): MatchLanguages {
  return {
    language: primaryLanguage(language),
    ...(targetLanguage ? { targetLanguage: primaryLanguage(targetLanguage) } : {}),
  };
}
