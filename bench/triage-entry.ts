// What bench/triage.js needs from the app, bundled with the CLI's esbuild settings.
export { mapDailyPapers } from '../src/sources/hf/map.js';
export { paperTerms } from '../src/triage/terms.js';
export { TermCounts } from '../src/triage/vectors.js';
export { InterestModel, paperVector, signalWeight, modelToJson } from '../src/triage/interest.js';
export { rankForYou, explainForYou } from '../src/triage/rank.js';
export { RelatedIndex } from '../src/triage/related.js';
export { TERM_WEIGHTS } from '../src/triage/terms.js';
