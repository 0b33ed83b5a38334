// Deterministic synthetic paper libraries with realistic field lengths: ~150-word abstracts,
// 4-8 authors, Zipf-distributed words over a real ML vocabulary plus a long tail of rare words.

const CORE =
  `model models learning language large diffusion transformer attention vision image video
generation generative reasoning agent agents benchmark dataset training fine-tuning efficient
inference neural network networks robot robotic policy reinforcement reward alignment
preference multimodal text speech audio 3d scene reconstruction gaussian splatting rendering
segmentation detection retrieval augmented knowledge graph token tokens sparse mixture experts
quantization pruning distillation compression memory context long window scaling law laws
evaluation human feedback instruction tuning chain thought prompting zero-shot few-shot
contrastive self-supervised representation embedding embeddings latent space flow matching
score sampling denoising noise schedule autoregressive masked encoder decoder cross modal
temporal spatial point cloud mesh nerf radiance field depth estimation pose tracking optical
medical clinical protein molecule drug chemistry physics weather climate forecasting time series
code generation program synthesis math mathematical theorem proving verification safety jailbreak
attack adversarial robustness privacy federated fairness bias interpretability mechanistic
circuits features steering activation probing hallucination factuality calibration uncertainty
planning navigation manipulation grasping locomotion humanoid simulation sim-to-real world
editing inpainting super-resolution style transfer controllable layout text-to-image
text-to-video image-to-video captioning grounding question answering visual dialogue summarization
translation multilingual low-resource tabular recommendation search ranking graph neural
optimization gradient descent adam convergence theory bounds generalization overfitting
data curation synthetic filtering mixing pretraining post-training rlhf dpo ppo grpo verifier
test-time compute scaling search tree monte carlo beam decoding speculative kv cache
hardware gpu kernel throughput latency serving distributed parallel pipeline state
mamba recurrent linear convolution lora adapter parameter-efficient continual catastrophic
forgetting transfer domain adaptation shift out-of-distribution anomaly benchmark leaderboard
open-source release weights checkpoint framework library toolkit pipeline system architecture
novel approach method propose proposed demonstrate results show outperform state-of-the-art
significant improvement achieve performance across tasks experiments extensive ablation study
framework introduce existing methods limited challenge challenging address problem key insight`
    .split(/\s+/)
    .filter(Boolean);

const GLUE = `we the of and to a in for on with that this our is are by from as an which it can be
using based into while both than over between through its their these such also more`
  .split(/\s+/)
  .filter(Boolean);

const FIRST =
  `wei li jing yu hao chen ming xin yang lei anna maria john david michael sarah james emma
lucas noah olivia liam sophia mateo yuki kenji hiroshi aiko priya arjun rahul ananya omar fatima
ali leila ivan olga dmitri elena pierre claire luca giulia hans greta lars ingrid jose ana
carlos sofia minh linh jun seo-yeon ji-ho tao ying zhen kai rui bo`.split(/\s+/);

/** A seeded PRNG (mulberry32): the same seed gives the same library on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL =
  'ka lo mi ne ra tu vi zen dor pha quen tri lux mor sel vak gri pon tel xan bro cy fel'.split(' ');

function rareWords(rand, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let j = 0; j < k; j++) w += SYL[Math.floor(rand() * SYL.length)];
    out.push(w);
  }
  return out;
}

function lastNames(rand, n) {
  return rareWords(rand, n).map((w) => w[0].toUpperCase() + w.slice(1));
}

export function makeVocab(seed = 7) {
  const rand = rng(seed);
  return { rare: rareWords(rand, 20000), last: lastNames(rand, 4000) };
}

/** Zipf-ish pick: low indices far more often. */
const zipf = (rand, n) => Math.min(n - 1, Math.floor(Math.pow(n + 1, rand()) - 1));
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function sentence(rand, vocab, words) {
  const out = [];
  for (let i = 0; i < words; i++) {
    const r = rand();
    if (r < 0.38) out.push(pick(rand, GLUE));
    else if (r < 0.97) out.push(CORE[zipf(rand, CORE.length)]);
    else out.push(vocab.rare[zipf(rand, vocab.rare.length)]);
  }
  return `${cap(out.join(' '))}.`;
}

function text(rand, vocab, total) {
  const parts = [];
  for (let n = 0; n < total;) {
    const k = 12 + Math.floor(rand() * 14);
    parts.push(sentence(rand, vocab, k));
    n += k;
  }
  return parts.join(' ');
}

/** Paper `n` of a day: every field filled the way the cache stores it. */
export function makePaper(rand, vocab, date, n, serial) {
  const titleWords = [];
  for (let i = 0, k = 6 + Math.floor(rand() * 8); i < k; i++)
    titleWords.push(rand() < 0.2 ? pick(rand, GLUE) : CORE[zipf(rand, CORE.length)]);
  if (rand() < 0.3) titleWords.unshift(cap(vocab.rare[zipf(rand, 2000)]) + ':');
  const authors = [];
  for (let i = 0, k = 4 + Math.floor(rand() * 5); i < k; i++)
    authors.push(`${cap(pick(rand, FIRST))} ${vocab.last[zipf(rand, vocab.last.length)]}`);
  const keywords = [];
  for (let i = 0, k = 3 + Math.floor(rand() * 4); i < k; i++)
    keywords.push(CORE[zipf(rand, CORE.length)]);
  const takeaways = [];
  if (rand() < 0.5)
    for (let i = 0, k = 1 + Math.floor(rand() * 3); i < k; i++)
      takeaways.push(sentence(rand, vocab, 10 + Math.floor(rand() * 8)));
  const id = `${date.slice(2, 4)}${date.slice(5, 7)}.${String(10000 + (serial % 1_000_000)).padStart(5, '0')}${serial >= 2_000_000 ? `-${Math.floor(serial / 1_000_000)}` : ''}`;
  return {
    id,
    title: cap(titleWords.join(' ')),
    authors,
    date,
    publishedAt: `${date}T00:00:00.000Z`,
    abstract: text(rand, vocab, 130 + Math.floor(rand() * 50)),
    summary: rand() < 0.85 ? text(rand, vocab, 30 + Math.floor(rand() * 25)) : '',
    summarySource: 'Hugging Face AI summary',
    takeaways,
    upvotes: Math.floor(Math.pow(rand(), 3) * 200),
    links: { abs: `https://arxiv.org/abs/${id}`, pdf: `https://arxiv.org/pdf/${id}` },
    keywords: [...new Set(keywords)],
    sources: ['hf-api'],
  };
}

/** `total` papers over consecutive days ending 2026-11-24, `perDay` a day (±50% unless fixed). */
export function makeLibrary(
  total,
  { perDay = 200, fixed = false, seed = 1, endOffsetDays = 0 } = {},
) {
  const rand = rng(seed);
  const vocab = makeVocab();
  const days = [];
  let serial = seed * 1_000_000;
  const first = serial;
  let t = Date.UTC(2026, 10, 24) - endOffsetDays * 86_400_000;
  while (serial - first < total) {
    const count = Math.min(
      total - (serial - first),
      fixed ? perDay : Math.round(perDay * (0.5 + rand())),
    );
    const date = new Date(t).toISOString().slice(0, 10);
    const papers = [];
    for (let i = 0; i < count; i++) papers.push(makePaper(rand, vocab, date, i, serial++));
    days.push({ date, papers, sources: ['hf-api'], updatedAt: `${date}T12:00:00.000Z` });
    t -= 86_400_000;
  }
  return days.reverse();
}

/** Queries a reader types: words, typos, prefixes, authors, field prefixes, negation. */
export function sampleQueries(vocab = makeVocab()) {
  return [
    'diffusion',
    'difusion',
    'transfomer attention',
    'gaussian splat',
    'reinforcement learning reward',
    'au:' + vocab.last[3].toLowerCase(),
    'kw:robot',
    'ti:video generation',
    "'quantization",
    '^scaling',
    'reasoning !agent',
    'speculativ decoding',
    vocab.rare[40],
    'multimodal hallucination',
    'protein molecule',
    'mixture of experts',
  ];
}
