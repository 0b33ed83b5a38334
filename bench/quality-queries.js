// The relevance benchmark's queries, each with its relevant set judged without the engine:
// a plain regular expression over the paper's own text (title, abstract, keywords, AI
// summary) for the word the user meant, or the authors list for names. Typo and spacing
// variants are judged by the intended spelling, so they are scored against what the user
// wanted, not against what they typed.

const text = (p) => [p.title, p.abstract, p.keywords.join(' ; '), p.summary].join(' \n ');
/** Papers whose text has a word starting with one of `stems` (agents, agentic for agent). */
const wordStart = (...stems) => {
  const re = new RegExp(`\\b(?:${stems.join('|')})`, 'i');
  return (p) => re.test(text(p));
};
/** Papers whose text has the phrase, its words joined by a space, a hyphen or nothing. */
const phrase = (...words) => {
  const re = new RegExp(`\\b${words.join('[\\s-]?')}`, 'i');
  return (p) => re.test(text(p));
};
/** Papers with an author of exactly this name. */
const author = (name) => (p) => p.authors.some((a) => a.toLowerCase() === name.toLowerCase());
/** Papers with an author whose name has a word starting with each part, in any order. */
const nameParts =
  (...parts) =>
  (p) =>
    p.authors.some((a) => {
      const ws = a.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      return parts.every((x) => ws.some((w) => w.startsWith(x)));
    });

export const QUERIES = [
  // Words typed as they are written.
  { kind: 'exact', q: 'agent', judge: wordStart('agent') },
  { kind: 'exact', q: 'latent', judge: wordStart('latent') },
  { kind: 'exact', q: 'robot', judge: wordStart('robot') },
  { kind: 'exact', q: 'speech', judge: wordStart('speech') },
  { kind: 'exact', q: 'diffusion', judge: wordStart('diffusion') },
  { kind: 'exact', q: 'hallucination', judge: wordStart('hallucination') },
  { kind: 'exact', q: 'retrieval', judge: wordStart('retrieval') },
  { kind: 'exact', q: 'quantization', judge: wordStart('quantization') },
  { kind: 'exact', q: 'segmentation', judge: wordStart('segmentation') },
  { kind: 'exact', q: 'audio', judge: wordStart('audio') },
  // Typos: swapped, missing and doubled letters.
  { kind: 'typo', q: 'agnet', judge: wordStart('agent') },
  { kind: 'typo', q: 'laetnt', judge: wordStart('latent') },
  { kind: 'typo', q: 'spech', judge: wordStart('speech') },
  { kind: 'typo', q: 'robto', judge: wordStart('robot') },
  { kind: 'typo', q: 'difusion', judge: wordStart('diffusion') },
  { kind: 'typo', q: 'halucination', judge: wordStart('hallucination') },
  { kind: 'typo', q: 'retreival', judge: wordStart('retrieval') },
  { kind: 'typo', q: 'quantizaton', judge: wordStart('quantization') },
  { kind: 'typo', q: 'segmentattion', judge: wordStart('segmentation') },
  { kind: 'typo', q: 'auido', judge: wordStart('audio') },
  { kind: 'typo', q: 'hallucinaiton', judge: wordStart('hallucination') },
  { kind: 'typo', q: 'reasonning', judge: wordStart('reasoning') },
  // Punctuation and spacing.
  { kind: 'punctuation', q: 'chain of thought', judge: phrase('chain', 'of', 'thought') },
  { kind: 'punctuation', q: 'chain-of-thought', judge: phrase('chain', 'of', 'thought') },
  { kind: 'punctuation', q: 'gpt4', judge: phrase('gpt', '4') },
  { kind: 'punctuation', q: 'gpt-4', judge: phrase('gpt', '4') },
  { kind: 'punctuation', q: 'gpt 4', judge: phrase('gpt', '4') },
  { kind: 'punctuation', q: '3dgs', judge: phrase('3d', 'gs') },
  { kind: 'punctuation', q: '3d-gs', judge: phrase('3d', 'gs') },
  { kind: 'punctuation', q: '3D GS', judge: phrase('3d', 'gs') },
  { kind: 'punctuation', q: 'text-to-image', judge: phrase('text', 'to', 'image') },
  { kind: 'punctuation', q: 'vision language', judge: phrase('vision', 'language') },
  // Whole author names, either order.
  { kind: 'author-full', q: 'Song Han', judge: author('Song Han') },
  { kind: 'author-full', q: 'Yejin Choi', judge: author('Yejin Choi') },
  { kind: 'author-full', q: 'au:choi yejin', judge: author('Yejin Choi') },
  { kind: 'author-full', q: 'Dahua Lin', judge: author('Dahua Lin') },
  { kind: 'author-full', q: 'Dawn Song', judge: author('Dawn Song') },
  { kind: 'author-full', q: 'Jan Kautz', judge: author('Jan Kautz') },
  // Parts of names.
  { kind: 'author-part', q: 'au:kautz', judge: nameParts('kautz') },
  { kind: 'author-part', q: 'au:y choi', judge: nameParts('y', 'choi') },
  { kind: 'author-part', q: 'au:song', judge: nameParts('song') },
  { kind: 'author-part', q: 'au:d lin', judge: nameParts('d', 'lin') },
  // Several words about one thing.
  { kind: 'multi-word', q: 'world model', judge: phrase('world', 'models?') },
  { kind: 'multi-word', q: 'mixture of experts', judge: phrase('mixture', 'of', 'experts') },
  { kind: 'multi-word', q: 'image editing', judge: phrase('image', 'editing') },
  { kind: 'multi-word', q: 'reinforcement learning', judge: phrase('reinforcement', 'learning') },
  { kind: 'multi-word', q: 'speculative decoding', judge: phrase('speculative', 'decoding') },
  { kind: 'multi-word', q: 'large language model', judge: phrase('large', 'language', 'models?') },
];

// The documented limit, measured rather than asserted: words typed together. Without a typo
// the engine finds them (the query word is split where the paper's words join); with a typo
// as well it does not, since a typo is looked for within one word of the paper. These are
// reported on their own and kept out of the mean, which is over the kinds above.
export const LIMIT_QUERIES = [
  { kind: 'glued', q: 'visiontransformer', judge: phrase('vision', 'transformers?') },
  { kind: 'glued', q: 'worldmodel', judge: phrase('world', 'models?') },
  { kind: 'glued', q: 'reinforcementlearning', judge: phrase('reinforcement', 'learning') },
  { kind: 'glued', q: 'imageediting', judge: phrase('image', 'editing') },
  { kind: 'glued', q: 'speculativedecoding', judge: phrase('speculative', 'decoding') },
  { kind: 'glued+typo', q: 'visiontransfomer', judge: phrase('vision', 'transformers?') },
  { kind: 'glued+typo', q: 'worldmodle', judge: phrase('world', 'models?') },
  { kind: 'glued+typo', q: 'reinforcementlearnign', judge: phrase('reinforcement', 'learning') },
  { kind: 'glued+typo', q: 'imageeditng', judge: phrase('image', 'editing') },
  { kind: 'glued+typo', q: 'speculativedecodign', judge: phrase('speculative', 'decoding') },
];
