/**
 * What an analysis task asked for, from its analysed document: the analysis JSON alone
 * (`POST /analyze`) or the record the corpus stores. The worker threads and the in-thread
 * pool both answer with it, so a task gets the same value (or error) either way.
 */
import { type AnalysisJson, toAnalysisJson } from '../../core/analysis.js';
import type { NewsDoc } from '../../core/doc.js';
import type { RawInput } from '../../core/meta.js';
import type { ArticleRecord } from '../../ports/document-store.js';
import type { ItemResult } from '../../presets/analyze.js';
import { articleRecord } from '../record.js';

/** What a task returns: the stored record (ingest) or the analysis alone (`POST /analyze`). */
export type AnalysisOutput = 'record' | 'analysis';

export interface TaskOutputRequest {
  readonly output: AnalysisOutput;
  readonly raw: RawInput;
  readonly sourceRef: string;
}

/** The task's value from its analysed document, or the error analysing or recording it raised. */
export function taskOutput(
  request: TaskOutputRequest,
  analysed: ItemResult<NewsDoc>,
): ItemResult<ArticleRecord | AnalysisJson> {
  if (!analysed.ok) return analysed;
  try {
    const analysis = toAnalysisJson(analysed.value);
    return {
      ok: true,
      value:
        request.output === 'analysis' ? analysis : articleRecord(analysis, request.raw, request.sourceRef),
    };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}
