import koffi, { type LibraryHandle } from 'koffi';
import { VoikkoUnavailableError } from './voikko-unavailable';

/** One morphological reading of a word: BASEFORM, CLASS, WORDBASES, PARTICIPLE, … */
export type VoikkoAnalysis = Readonly<Record<string, string>>;

/** An open Voikko handle. Not thread-safe: call it from one thread, one call at a time. */
export type VoikkoSession = {
  analyze(word: string): VoikkoAnalysis[];
  close(): void;
};

export type VoikkoOptions = {
  /** Default `libvoikko.so.1`, found by the dynamic linker (Debian: /usr/lib/x86_64-linux-gnu). */
  readonly library?: string;
  /** Extra folder searched first for the dictionary; default the system's (/usr/lib/voikko). */
  readonly dictionaryPath?: string | null;
  /** Default `fi`; another language shows what happens without its dictionary. */
  readonly language?: string;
};

/** The attributes read; the others (case, number, …) say nothing about the topic. */
const WANTED = new Set(['BASEFORM', 'CLASS', 'WORDBASES', 'PARTICIPLE']);
const POINTER_SIZE = koffi.sizeof('void *');

/**
 * Opens libvoikko's C API through koffi (voikko.h: voikkoInit, voikkoAnalyzeWordCstr,
 * voikko_mor_analysis_keys / _value_cstr and their free functions, voikkoTerminate).
 * Throws VoikkoUnavailableError when the library or the Finnish dictionary is missing.
 */
export function openVoikko(options: VoikkoOptions = {}): VoikkoSession {
  let lib: LibraryHandle;
  try {
    lib = koffi.load(options.library ?? 'libvoikko.so.1');
  } catch (error) {
    throw new VoikkoUnavailableError(`libvoikko could not be loaded (${(error as Error).message})`);
  }
  const handleType = koffi.pointer(koffi.opaque());
  const analysisType = koffi.pointer(koffi.opaque());
  const analysisArray = koffi.pointer(analysisType);
  const init = lib.func('voikkoInit', handleType, [
    koffi.out(koffi.pointer('const char *')),
    'const char *',
    'const char *',
  ]);
  const terminate = lib.func('voikkoTerminate', 'void', [handleType]);
  const analyzeWord = lib.func('voikkoAnalyzeWordCstr', analysisArray, [
    handleType,
    'const char *',
  ]);
  const freeAnalyses = lib.func('voikko_free_mor_analysis', 'void', [analysisArray]);
  const keysOf = lib.func('voikko_mor_analysis_keys', 'void *', [analysisType]);
  const freeValue = lib.func('voikko_free_mor_analysis_value_cstr', 'void', ['void *']);
  // The value is copied into a JS string and freed with the library's own function.
  const ownedString = koffi.disposable('const char *', freeValue);
  const valueOf = lib.func('voikko_mor_analysis_value_cstr', ownedString, [
    analysisType,
    'const char *',
  ]);

  const error: [string | null] = [null];
  const handle: unknown = init(error, options.language ?? 'fi', options.dictionaryPath ?? null);
  if (handle === null) {
    throw new VoikkoUnavailableError(
      `no dictionary for "${options.language ?? 'fi'}" (Finnish: voikko-fi): ${error[0] ?? 'voikkoInit failed'}`,
    );
  }

  let open = true;
  return {
    analyze(word) {
      if (!open) throw new Error('Voikko session is closed');
      const analyses: unknown = analyzeWord(handle, word);
      if (analyses === null) return [];
      try {
        const out: VoikkoAnalysis[] = [];
        for (let i = 0; ; i += 1) {
          const analysis: unknown = koffi.decode(analyses, i * POINTER_SIZE, analysisType);
          if (analysis === null) break;
          out.push(attributesOf(analysis));
        }
        return out;
      } finally {
        freeAnalyses(analyses);
      }
    },
    close() {
      if (open) terminate(handle);
      open = false;
    },
  };

  function attributesOf(analysis: unknown): VoikkoAnalysis {
    const keys: unknown = keysOf(analysis);
    const attributes: Record<string, string> = {};
    for (let i = 0; keys !== null; i += 1) {
      const key: unknown = koffi.decode(keys, i * POINTER_SIZE, 'const char *');
      if (typeof key !== 'string') break;
      if (!WANTED.has(key)) continue;
      const value: unknown = valueOf(analysis, key);
      if (typeof value === 'string') attributes[key] = value;
    }
    return attributes;
  }
}
