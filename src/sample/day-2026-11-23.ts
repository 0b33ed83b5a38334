// Sample day 2026-11-23. Every paper here is synthetic: titles, authors, abstracts, ids and
// links are invented for the offline first run and do not refer to real work.

import { makePaper, type DayList, type Paper } from '../core/paper.js';

const date = '2026-11-23';
const HF = 'Hugging Face AI summary';
const CPF = 'ChatPaperFree';

function paper(p: Partial<Paper> & { title: string }): Paper {
  return makePaper({ ...p, date, sources: ['sample'] });
}

const papers: Paper[] = [
  paper({
    id: '2611.04127',
    title:
      'Knowing When to Backtrack: Learned Abandonment Signals for Long Chain-of-Thought Reasoning',
    authors: [
      'Wenjie Luo',
      'Priya Raghunathan',
      'Tomás Echeverría',
      'Hana Kobayashi',
      'Daniel Osei',
    ],
    publishedAt: '2026-11-20T17:41:08.000Z',
    abstract:
      'Long chain-of-thought models frequently persist with an unproductive line of reasoning for thousands of tokens before recovering, or never recover at all. We study this failure mode and find that the decision to abandon a partial solution is poorly calibrated: across five reasoning models, fewer than a third of eventual dead ends are abandoned within the first 20% of their length. We introduce Abandonment Signals (AbS), a lightweight probe trained on hidden states to predict whether the current reasoning branch will reach a correct answer, and a decoding procedure that inserts an explicit backtracking step when the predicted success probability falls below an adaptive threshold. Because the probe is trained only from outcome labels of sampled trajectories, it requires no step-level annotation. On competition mathematics and program synthesis benchmarks, AbS reduces average reasoning length by 31% while improving accuracy by 2.4 points over the base model, and it outperforms fixed token budgets and self-reflection prompting at every compute level we examine. Analysis shows that the probe relies on features that emerge early in a branch, such as repeated sub-goals and inconsistent intermediate quantities, suggesting that models internally represent doubt well before they express it in text.',
    summary:
      '本文提出一种基于隐藏状态的“放弃信号”探针，用于预测当前推理分支能否得到正确答案，并在预测成功率过低时插入显式回溯步骤，从而在缩短推理长度的同时提升准确率。',
    summarySource: CPF,
    takeaways: [
      '长链式思维模型常在无效推理路径上停留过久，放弃决策的校准很差。',
      '探针仅依赖采样轨迹的最终结果标签训练，无需逐步标注。',
      '在数学竞赛和程序合成基准上，平均推理长度减少31%，准确率提升2.4个百分点。',
      '在所有计算预算下均优于固定token预算与自我反思提示。',
      '模型在文本中表达怀疑之前，内部表征中已经编码了对当前分支的怀疑。',
    ],
    takeawaysSource: CPF,
    translation:
      '长链式思维模型常常在一条无效的推理路径上坚持数千个token才恢复，甚至根本无法恢复。我们研究了这一失败模式，发现放弃部分解的决策校准很差：在五个推理模型中，最终走入死胡同的分支只有不到三分之一在其长度的前20%内被放弃。我们提出放弃信号（AbS），这是一种基于隐藏状态训练的轻量级探针，用于预测当前推理分支能否得到正确答案；同时提出一种解码流程，当预测的成功概率低于自适应阈值时插入显式的回溯步骤。由于探针仅使用采样轨迹的结果标签进行训练，因此无需任何步骤级标注。在数学竞赛和程序合成基准上，AbS相比基础模型将平均推理长度缩短31%，同时将准确率提高2.4个百分点，并且在我们考察的每个计算预算下都优于固定token预算和自我反思提示。分析表明，探针依赖于在分支早期就出现的特征，例如重复的子目标和不一致的中间量，这说明模型在用文本表达怀疑之前，内部早已表征了这种怀疑。',
    translationLang: 'zh',
    upvotes: 142,
    numComments: 9,
    keywords: ['chain-of-thought', 'backtracking', 'hidden-state probes', 'reasoning efficiency'],
    links: { code: 'https://github.com/tidewater-lab/abandonment-signals' },
    comment: '19 pages, 8 figures',
  }),
  paper({
    id: '2611.03988',
    title:
      'Shortcut Consistency Distillation for One-Step Image Generation at Megapixel Resolution',
    authors: [
      'Mateus Carvalho',
      'Ji-woo Park',
      'Elena Voronova',
      'Arjun Mehta',
      'Lukas Brenner',
      'Siyu Chen',
    ],
    publishedAt: '2026-11-19T18:02:44.000Z',
    abstract:
      'Consistency distillation can compress a pretrained diffusion model into a few-step generator, but quality degrades sharply at high resolution, where a single step must resolve both global layout and fine texture. We propose \\textbf{Shortcut Consistency Distillation (SCD)}, which conditions the student on the size of the step it is asked to take and trains it with a self-consistency target that composes two half-steps into one full step. This lets a single network serve one-, two- and four-step sampling without separate training runs. To stabilize training at $1024 \\times 1024$ and above, we introduce a frequency-split loss that weights low-frequency agreement early in training and shifts toward high-frequency detail as the student converges. Distilled from an open 2.6B-parameter latent diffusion teacher, our one-step model achieves an FID of 7.9 on a held-out aesthetic benchmark, within 12\\% of the 50-step teacher, while generating a megapixel image in 94 ms on a single GPU. Human raters preferred SCD over prior one-step methods in 68\\% of pairwise comparisons. We further show that step-size conditioning enables a simple quality-latency dial at inference time, and we release training code and distilled checkpoints.',
    summary:
      'SCD distills a latent diffusion model into a generator conditioned on step size, so one network produces megapixel images in one, two or four steps, with one-step quality close to the 50-step teacher.',
    summarySource: HF,
    takeaways: [
      'Conditioning the student on step size lets one network serve one-, two- and four-step sampling.',
      'A self-consistency target composes two half-steps into one full step.',
      'A frequency-split loss moves from low- to high-frequency detail over training, which keeps training stable at 1024px and above.',
      'The one-step model reaches FID 7.9, within 12% of the teacher, in 94 ms per image.',
    ],
    takeawaysSource: HF,
    upvotes: 87,
    numComments: 4,
    keywords: [
      'diffusion distillation',
      'consistency models',
      'one-step generation',
      'text-to-image',
    ],
    links: { code: 'https://github.com/lumenforge-ai/shortcut-cd' },
  }),
  paper({
    id: '2611.04450',
    title: 'Hindsight Value Anchors for Off-Policy Credit Assignment in Sparse-Reward Control',
    authors: ['Olumide Adeyemi', 'Sarah Lindqvist', 'Kenta Morimoto'],
    publishedAt: '2026-11-20T09:15:31.000Z',
    abstract:
      'Off-policy actor-critic methods struggle in sparse-reward tasks because temporal-difference targets propagate reward information backward only one step per update, and bootstrapped errors accumulate along the way. We propose Hindsight Value Anchors (HVA), which periodically relabel states from successful trajectories with Monte Carlo return estimates and use them as anchors that constrain the critic through a soft penalty. Unlike n-step returns, anchors are applied only where they are trustworthy, as determined by a learned estimate of the divergence between the behavior policy and the current policy. We prove that, under mild assumptions, the anchored Bellman operator remains a contraction and that its fixed point lies closer to the true value function than that of the unanchored operator when the policy mismatch is bounded. Empirically, HVA improves sample efficiency by a factor of 2.1 on average across twelve sparse-reward manipulation and navigation tasks, and solves three long-horizon tasks on which strong baselines fail entirely within the training budget. The method adds fewer than forty lines of code to a standard soft actor-critic implementation and introduces a single hyperparameter, which we find to be robust across domains.',
    summary:
      'HVA anchors the critic to Monte Carlo returns from successful trajectories wherever policy mismatch is small, roughly doubling sample efficiency on sparse-reward control tasks.',
    summarySource: HF,
    takeaways: [
      'One-step TD targets move sparse reward information backward too slowly.',
      'Anchors are applied only where a learned policy-divergence estimate says they are reliable.',
      'The anchored Bellman operator is still a contraction, with a fixed point closer to the true value under bounded mismatch.',
      'Sample efficiency improves 2.1x on average over twelve tasks, and three long-horizon tasks are solved for the first time.',
    ],
    takeawaysSource: HF,
    upvotes: 23,
    numComments: 1,
    keywords: ['reinforcement learning', 'credit assignment', 'sparse rewards', 'actor-critic'],
    links: {},
    comment: 'Accepted to a workshop on reinforcement learning theory',
  }),
  paper({
    id: '2611.03561',
    title: 'Counting What Matters: Grounded Numerosity in Vision-Language Models',
    authors: [
      'Aisha Rahman',
      'Jonas Petersen',
      'Mei Lin Tan',
      'Rodrigo Alvarez',
      'Yuki Sato',
      'Fatima Zahra Benali',
      'Noah Whitfield',
    ],
    publishedAt: '2026-11-19T14:27:03.000Z',
    abstract:
      'Vision-language models describe images fluently yet routinely miscount objects, even when the count is small and the objects are clearly visible. We show that this failure is not primarily perceptual: linear probes recover the correct count from intermediate visual tokens with high accuracy, but the information is lost when the language model aggregates across tokens. Building on this observation, we introduce CountGround, a training recipe that asks the model to emit a bounding box for each counted instance before stating the total, turning counting into a sequence of grounded, verifiable steps. We pair it with a synthetic data pipeline that composes real object crops into cluttered scenes with exact instance annotations, producing 1.2M training examples with controlled density and occlusion. Fine-tuning a 7B vision-language model with CountGround raises exact-match counting accuracy from 41.3% to 78.6% on a new benchmark of natural photographs, and improves the detection $F_1$ of the emitted boxes to 0.81 without any detection-specific architecture. Gains transfer to chart reading and table question answering, where counting is an implicit sub-step. We release the benchmark, generator and model weights.',
    summary:
      'CountGround teaches vision-language models to box every instance before giving a total, nearly doubling exact counting accuracy on natural photographs.',
    summarySource: HF,
    takeaways: [
      'Visual tokens already encode the right count; it is lost when the language model aggregates them.',
      'Emitting one box per instance turns counting into grounded, checkable steps.',
      'A synthetic pipeline composes real object crops into 1.2M cluttered scenes with exact labels.',
      'Exact-match accuracy rises from 41.3% to 78.6%, and the emitted boxes reach F1 0.81.',
      'The gains carry over to chart and table question answering.',
    ],
    takeawaysSource: HF,
    upvotes: 64,
    numComments: 3,
    keywords: ['vision-language models', 'counting', 'visual grounding', 'synthetic data'],
    links: { code: 'https://github.com/numerosity-lab/countground' },
    comment: '14 pages, 7 figures, 5 tables',
  }),
  paper({
    id: '2611.04702',
    title: 'Suffix Drafting: Self-Speculative Decoding from a Growing Suffix Automaton',
    authors: ['Ravi Shankar Iyer', 'Chloé Marchand', 'Dmitri Sokolov', 'Ana Lúcia Ferreira'],
    publishedAt: '2026-11-20T16:58:19.000Z',
    abstract:
      'Speculative decoding accelerates autoregressive generation by verifying several drafted tokens in one forward pass, but most variants require a separate draft model or extra trained heads. We present Suffix Drafting, a training-free method that drafts continuations by matching the current context against a suffix automaton built incrementally over the prompt, previously generated tokens and a small shared corpus of recent requests. The automaton supports longest-match queries in amortized constant time per token and can be constructed in $O(n \\log n)$ time over a batch of $n$ tokens, so drafting adds negligible latency. We further introduce a confidence-aware tree expansion that allocates more draft branches when multiple continuations share similar match lengths. Across code editing, retrieval-augmented question answering and multi-turn chat, Suffix Drafting achieves 2.3x to 3.6x end-to-end speedups on 8B and 70B models with identical output distributions, and it composes with learned drafters for an additional 18\\% gain. Speedups are largest in workloads with heavy copying from the context, which we argue represent a growing share of production traffic. Our implementation integrates with a popular open-source serving engine and requires no changes to model weights.',
    summary:
      'A training-free speculative decoding method that drafts tokens by matching the context against an incrementally built suffix automaton, giving 2.3-3.6x lossless speedups.',
    summarySource: HF,
    takeaways: [
      'No draft model or extra heads: drafts come from a suffix automaton over the prompt, the output so far and recent requests.',
      'Longest-match lookups cost amortized constant time per token.',
      'Confidence-aware tree expansion adds branches when several continuations match about equally well.',
      'Output distribution is unchanged, and combining it with learned drafters adds another 18%.',
    ],
    takeawaysSource: HF,
    upvotes: 118,
    numComments: 6,
    keywords: ['speculative decoding', 'efficient inference', 'suffix automaton', 'llm serving'],
    links: { code: 'https://github.com/quillstack/suffix-drafting' },
  }),
  paper({
    id: '2611.03874',
    title: 'Tactile Priors from Video: Learning Contact-Rich Manipulation Without Touch Sensors',
    authors: ['Kwame Mensah', 'Lea Hoffmann', 'Sung-min Cho', 'Isabela Rocha', 'Marco Bellini'],
    publishedAt: '2026-11-19T11:36:50.000Z',
    abstract:
      'Contact-rich manipulation skills such as insertion, wiping and in-hand reorientation benefit greatly from tactile feedback, yet most deployed robots carry no touch sensors and large-scale tactile datasets remain scarce. We ask whether useful tactile priors can be learned from ordinary video. Our approach, VisuoTact, trains a model to predict contact location, normal force and slip from short clips of human hands and robot grippers, using a small paired dataset of synchronized video and tactile recordings for supervision and a much larger unpaired corpus of egocentric video for self-training. The resulting estimator provides pseudo-tactile signals that are fed to a diffusion policy alongside RGB observations. On six real-world tasks with a parallel-jaw gripper and no physical tactile sensing, policies with VisuoTact inputs improve average success from 46% to 71% and reduce excessive-force events by more than half. The estimated signals also transfer to a second robot platform with a different gripper geometry after calibration on only 20 minutes of data. We find that predicted slip is the most valuable signal for insertion tasks, while normal force matters most for wiping, and we discuss failure cases involving transparent and deformable objects.',
    summary:
      'VisuoTact learns to estimate contact, force and slip from ordinary video, giving robots without touch sensors pseudo-tactile inputs that raise success on contact-rich tasks from 46% to 71%.',
    summarySource: HF,
    takeaways: [
      'A small paired video-tactile set plus a large unpaired egocentric corpus is enough to train the estimator.',
      'Predicted contact, force and slip are fed to a diffusion policy alongside RGB.',
      'Excessive-force events fall by more than half across six real-world tasks.',
      'Slip matters most for insertion, and normal force matters most for wiping.',
    ],
    takeawaysSource: HF,
    upvotes: 51,
    numComments: 2,
    keywords: ['robot manipulation', 'tactile sensing', 'diffusion policy', 'egocentric video'],
    links: { project: 'https://visuotact.github.io/priors/' },
    comment: '16 pages, 11 figures; project page with videos',
  }),
  paper({
    id: '2611.04033',
    title: 'Prosody Tokens: Disentangled Discrete Units for Expressive Speech Resynthesis',
    authors: ['Maryam Hosseini', 'Tobias Lindgren', 'Ngozi Eze', 'Hiroshi Takeda'],
    publishedAt: '2026-11-19T20:11:27.000Z',
    abstract:
      'Discrete speech tokens have become the interface between speech and language models, yet common tokenizers entangle linguistic content with speaker identity and prosody, which limits controllable generation. We propose a factorized tokenizer that produces three parallel streams: content units derived from a self-supervised encoder, a compact speaker embedding, and prosody tokens that capture pitch contour, energy and local speaking rate at 12.5 Hz. Disentanglement is encouraged by an information bottleneck on each stream and by an adversarial objective that penalizes speaker information in the prosody tokens. A single decoder reconstructs the waveform from the three streams. Compared with a widely used neural codec at a matched bitrate, our tokenizer achieves comparable reconstruction quality while enabling prosody transfer between speakers with a 35% relative reduction in speaker-similarity leakage. When used as targets for a spoken language model, prosody tokens improve human ratings of expressiveness in emotional story narration and make it possible to edit emphasis on individual words by manipulating a handful of tokens. We release the tokenizer and a benchmark for evaluating prosodic controllability.',
    summary:
      'A speech tokenizer that splits audio into content, speaker and prosody streams, so prosody can be transferred between speakers or edited word by word.',
    summarySource: HF,
    takeaways: [
      'Prosody tokens at 12.5 Hz capture pitch contour, energy and speaking rate.',
      'Information bottlenecks and an adversarial loss keep speaker identity out of the prosody stream.',
      'Reconstruction matches a standard neural codec at the same bitrate.',
      'Emphasis on single words can be edited by changing a few tokens.',
    ],
    takeawaysSource: HF,
    upvotes: 29,
    numComments: 0,
    keywords: ['speech tokenization', 'prosody', 'disentanglement', 'spoken language models'],
    links: { code: 'https://github.com/cadence-speech/prosody-tokens' },
    comment: 'Submitted to a speech processing conference',
  }),
  paper({
    id: '2611.03702',
    title:
      'Rewiring by Resistance: Effective-Resistance Guided Edge Addition Against Over-Squashing',
    authors: ['Federico Gallo', 'Ayşe Yılmaz', 'Benjamin Clarke'],
    publishedAt: '2026-11-19T08:44:12.000Z',
    abstract:
      'Message-passing graph neural networks suffer from over-squashing, where information from exponentially many distant nodes must pass through a small number of edges. Existing rewiring methods add edges based on curvature or spectral gap, but their connection to the sensitivity of node representations is indirect. We show that the Jacobian between the features of two nodes after $L$ layers is bounded by a quantity that decreases with their effective resistance, which motivates adding the edges that most reduce the total effective resistance of the graph. Exact greedy selection is expensive, so we derive a randomized approximation based on Johnson-Lindenstrauss sketches of the Laplacian pseudoinverse that scales to graphs with millions of edges. Our rewiring method, ResWire, adds a budgeted number of edges as a preprocessing step and is compatible with any GNN architecture. On long-range graph benchmarks and heterophilous node classification datasets, ResWire improves accuracy over curvature-based and spectral rewiring while adding up to 40% fewer edges, and it narrows the gap between message-passing networks and graph transformers on tasks that require long-range dependencies.',
    summary:
      'ResWire adds the edges that most reduce total effective resistance, using a sketch-based approximation that scales to millions of edges, and eases over-squashing in GNNs better than curvature- or spectrum-based rewiring.',
    summarySource: CPF,
    takeaways: [
      'Node-to-node Jacobians after L layers are bounded by a quantity that falls with effective resistance.',
      'Johnson-Lindenstrauss sketches of the Laplacian pseudoinverse make greedy edge selection tractable.',
      'Rewiring is a preprocessing step and works with any GNN architecture.',
      'Accuracy beats curvature and spectral rewiring while adding up to 40% fewer edges.',
    ],
    takeawaysSource: CPF,
    upvotes: 12,
    numComments: 1,
    keywords: ['graph neural networks', 'over-squashing', 'graph rewiring', 'effective resistance'],
    links: {},
  }),
  paper({
    id: '2611.04288',
    title:
      'Feature Splitting Is Not Noise: Tracing Concept Hierarchies Across Sparse Autoencoder Widths',
    authors: [
      'Clara Dubois',
      'Haruto Nakamura',
      'Michael Okafor',
      'Sofía Martínez',
      'Ethan Goldberg',
      'Yiming Zhao',
    ],
    publishedAt: '2026-11-20T13:05:46.000Z',
    abstract:
      'Sparse autoencoders (SAEs) trained on language model activations yield features whose granularity depends on dictionary size: a single feature in a small SAE often splits into several more specific features in a larger one. This phenomenon is usually treated as a nuisance that complicates comparisons across runs. We argue instead that feature splitting reveals how the model organizes concepts hierarchically. We train a family of SAEs with widths ranging from 4K to 1M on the residual stream of an open 8B model and construct a split graph linking each feature to its descendants by decoder similarity and co-activation. The resulting graph recovers intuitive hierarchies, such as programming languages splitting into language-specific syntax features and then into individual keywords, and 83% of parent-child links are judged semantically coherent by human annotators. We use the graph to define a width-invariant notion of a concept as a connected subtree, and show that steering along subtree directions produces more reliable interventions than steering with any single feature. Finally, we identify absorption, where a general feature silently stops firing on tokens captured by a more specific one, as the main source of misleading interpretations, and propose a simple diagnostic to detect it.',
    summary:
      'The authors link SAE features across dictionary widths into a split graph, show that it recovers concept hierarchies, and use subtrees of the graph as width-invariant concepts for steering.',
    summarySource: HF,
    takeaways: [
      'Features split predictably as SAE width grows from 4K to 1M.',
      'Annotators judge 83% of parent-child links in the split graph semantically coherent.',
      'Steering along subtree directions is more reliable than steering with a single feature.',
      'Feature absorption is the main source of misleading interpretations, and a simple diagnostic catches it.',
    ],
    takeawaysSource: HF,
    translation:
      '在语言模型激活上训练的稀疏自编码器（SAE）所产生特征的粒度取决于字典大小：小型SAE中的单个特征在更大的SAE中往往会分裂为若干更具体的特征。这一现象通常被视为干扰，使不同训练之间的比较变得复杂。我们则认为，特征分裂揭示了模型如何以层级方式组织概念。我们在一个开源8B模型的残差流上训练了一系列宽度从4K到1M的SAE，并根据解码器相似度和共激活关系构建分裂图，将每个特征与其后代特征相连。所得到的图恢复了直观的层级结构，例如编程语言特征分裂为特定语言的语法特征，再进一步分裂为单个关键字；人工标注者判定83%的父子链接在语义上是一致的。我们利用该图将概念定义为一棵连通子树，这一定义与宽度无关；并表明沿子树方向进行引导比沿任何单一特征引导产生的干预更可靠。最后，我们指出“吸收”现象——即一个通用特征在被更具体特征捕获的token上悄然停止激活——是误导性解释的主要来源，并提出了一种简单的诊断方法来检测它。',
    translationLang: 'zh',
    upvotes: 96,
    numComments: 7,
    keywords: [
      'mechanistic interpretability',
      'sparse autoencoders',
      'feature splitting',
      'activation steering',
    ],
    links: { code: 'https://github.com/glasswing-interp/split-graph' },
    comment: '27 pages, 15 figures; interactive feature browser in the supplement',
  }),
  paper({
    id: '2611.03915',
    title: 'Less but Denser: Perplexity-Gap Filtering for Pretraining Data Selection',
    authors: [
      'Anders Nilsson',
      'Mariam Khalil',
      'Jun Watanabe',
      'Gabriela Nowak',
      'Samuel Ferreira-Cole',
    ],
    publishedAt: '2026-11-19T16:20:37.000Z',
    abstract:
      'Selecting which documents to pretrain on has become as important as choosing the architecture, yet many filtering methods depend on classifiers trained to imitate a particular notion of quality. We propose perplexity-gap filtering, which scores each document by the difference in per-token loss between a small reference model trained on curated data and a small model trained on a random web sample. Documents that the curated model finds much easier than the web model are retained. The score requires no human labels beyond the choice of reference corpus, is cheap to compute, and can be applied to documents or individual paragraphs. We run controlled experiments at 400M, 1.4B and 7B parameters with matched token budgets of up to 1T tokens. Models trained on the top 30% of documents by perplexity gap outperform those trained on classifier-filtered data of the same size by 1.8 points on average across 18 downstream tasks, with the largest gains on knowledge-intensive and reasoning benchmarks. We also find that aggressive filtering reduces diversity in ways that standard benchmarks miss, and we propose a mixing strategy that recovers long-tail domain coverage at little cost to average performance.',
    summary:
      'Scoring documents by how much easier a curated-data model finds them than a web-data model gives a cheap, label-free pretraining filter that beats quality classifiers by 1.8 points.',
    summarySource: HF,
    takeaways: [
      'The filter score is the per-token loss gap between two small reference models.',
      'It needs no labels beyond the choice of a curated reference corpus.',
      'Controlled runs at 400M, 1.4B and 7B parameters with up to 1T tokens.',
      'The top 30% by gap beats classifier filtering on 18 tasks, most on knowledge and reasoning.',
      'A mixing strategy restores long-tail domain coverage lost to aggressive filtering.',
    ],
    takeawaysSource: HF,
    upvotes: 73,
    numComments: 5,
    keywords: ['data curation', 'pretraining data', 'data filtering', 'perplexity'],
    links: {},
  }),
  paper({
    id: '2611.04519',
    title: 'Anchored Gaussians for Streaming Reconstruction of Dynamic Scenes',
    authors: ['Pedro Santos', 'Yeon-ji Kang', 'Felix Wagner', 'Ritu Bansal'],
    publishedAt: '2026-11-20T12:33:58.000Z',
    abstract:
      '3D Gaussian splatting enables real-time rendering of static scenes, but extending it to long dynamic captures remains difficult: per-frame optimization is slow, and global deformation fields drift over hundreds of frames. We present an online method that reconstructs dynamic scenes frame by frame from multi-view video. Each Gaussian is attached to a sparse set of anchor points whose motion is predicted by a lightweight network from the previous state, and only Gaussians whose photometric residual exceeds a threshold are refined or spawned. A keyframe memory periodically re-anchors the scene to prevent accumulated drift. On standard multi-view dynamic benchmarks, our method reconstructs each new frame in 1.6 seconds on average, roughly 7x faster than per-frame optimization, while matching its rendering quality and rendering novel views at over 200 FPS. Storage grows sublinearly with sequence length because static regions reuse the same Gaussians across frames, requiring 0.4 MB per frame versus 8 MB for independent reconstructions. We further demonstrate streaming free-viewpoint playback of a ten-minute performance capture and discuss limitations with fast, large-scale topological changes such as pouring liquids.',
    summary:
      'An online 3D Gaussian splatting method that reconstructs dynamic scenes frame by frame through motion-predicted anchors, about 7x faster than per-frame optimization at 0.4 MB per frame.',
    summarySource: HF,
    takeaways: [
      'Gaussians ride on sparse anchors whose motion a small network predicts from the previous frame.',
      'Only Gaussians with a high photometric residual are refined or spawned.',
      'A keyframe memory re-anchors the scene to stop drift over long sequences.',
      'Novel views render at over 200 FPS, and storage grows sublinearly with length.',
    ],
    takeawaysSource: HF,
    upvotes: 58,
    numComments: 2,
    keywords: [
      '3d gaussian splatting',
      'dynamic scenes',
      'streaming reconstruction',
      'novel view synthesis',
    ],
    links: {
      code: 'https://github.com/parallax-vision/anchored-gaussians',
      project: 'https://anchored-gaussians.github.io/stream/',
    },
  }),
  paper({
    id: '2611.03640',
    title:
      'When the Tool Is Wrong: Measuring and Mitigating the Propagation of Faulty Tool Outputs in Multi-Step Plans of Language Model Agents on Real APIs',
    authors: [
      'Jakub Kowalski',
      'Amara Nwosu',
      'Li Wei',
      'Sophie Laurent',
      'Diego Hernández',
      'Kiran Patel',
      'Eleni Papadopoulou',
      'Matthias Keller',
      'Yuna Ishikawa',
    ],
    publishedAt: '2026-11-19T10:07:21.000Z',
    abstract:
      'Language model agents increasingly chain dozens of tool calls, yet evaluations almost always assume that tools return correct results. In practice, APIs time out, return stale data, silently truncate responses or contain outright errors. We introduce FaultLine, a benchmark of 1,150 multi-step tasks over 46 real-world APIs in which we inject realistic faults at controlled positions in the trajectory. Evaluating eleven agent frameworks and eight backbone models, we find that agents accept faulty outputs without scrutiny in 72% of cases, and that a single early fault reduces task success by 38 points on average, substantially more than a fault injected near the end. Errors compound: agents frequently build subsequent queries on corrupted values, making recovery harder than simply repeating the failed call. We then study three mitigation strategies: cross-checking outputs against redundant tools, asking the model to state expectations before each call and flag violations afterward, and a learned verifier trained on synthetic fault traces. Expectation checking is the most cost-effective, recovering 41% of the lost success at a 9% increase in tokens, while the learned verifier generalizes best to unseen fault types. We release FaultLine and our fault-injection harness.',
    summary:
      'FaultLine injects realistic faults into real API calls and finds that agents accept bad tool outputs 72% of the time; asking the agent to state its expectations before each call recovers much of the loss cheaply.',
    summarySource: HF,
    takeaways: [
      'The benchmark has 1,150 multi-step tasks over 46 real APIs, with faults injected at controlled positions.',
      'One early fault costs 38 points of task success on average, far more than a late one.',
      'Agents build later queries on corrupted values, so errors compound.',
      'Stating expectations before each call recovers 41% of the lost success for 9% more tokens.',
      'A learned verifier generalizes best to fault types it has not seen.',
      'Evaluations should stop assuming that tools are always correct.',
    ],
    takeawaysSource: HF,
    upvotes: 165,
    numComments: 12,
    keywords: ['llm agents', 'tool use', 'robustness', 'benchmark', 'error propagation'],
    links: { code: 'https://github.com/faultline-bench/faultline' },
    comment: '32 pages, 14 figures, 9 tables; benchmark and harness released',
  }),
  paper({
    id: '2611.04811',
    title: 'Contamination Is a Spectrum: Graded Leakage Detection for Language Model Benchmarks',
    authors: ['Hyun-woo Lee', "Margaret O'Sullivan", 'Bilal Qureshi', 'Ingrid Solberg'],
    publishedAt: '2026-11-20T19:48:05.000Z',
    abstract:
      'Benchmark contamination is usually treated as binary: an example either appeared in the training data or it did not. In practice, models are exposed to paraphrases, translations, solutions posted on forums and near-duplicate problems with altered constants, each of which can inflate scores to a different degree. We propose a graded taxonomy of five leakage levels and build a detection pipeline that estimates, for each benchmark item, the most severe level of exposure present in an open pretraining corpus, combining n-gram search, embedding retrieval and a cross-encoder that judges semantic equivalence. Applying the pipeline to 14 widely used benchmarks, we find that verbatim contamination is rare (under 3% of items for most benchmarks), but semantic-level exposure affects as many as 27% of items in some mathematics and coding sets. Through controlled continued-pretraining experiments, we show that even paraphrase-level exposure raises accuracy on affected items by up to 15 points, while exposure to solution sketches without the original problem has a smaller but measurable effect. We recommend reporting scores on a leakage-stratified basis and release item-level leakage annotations for all studied benchmarks.',
    summary:
      'Benchmark contamination comes in five graded levels; verbatim leaks are rare, but semantic exposure reaches 27% of some math and code sets and can inflate accuracy by up to 15 points.',
    summarySource: HF,
    takeaways: [
      'Leakage ranges from verbatim copies to paraphrases, translations and posted solutions.',
      'Detection combines n-gram search, embedding retrieval and a cross-encoder equivalence judge.',
      'Verbatim contamination is under 3% of items for most of the 14 benchmarks.',
      'Paraphrase-level exposure alone raises accuracy on affected items by up to 15 points.',
    ],
    takeawaysSource: HF,
    upvotes: 41,
    numComments: 3,
    keywords: ['evaluation', 'benchmark contamination', 'data leakage', 'llm benchmarks'],
    links: {},
    comment: 'Item-level annotations available on request during review',
  }),
  paper({
    id: '2611.03797',
    title: 'Refusal Drift: How Benign Fine-Tuning Erodes Safety Behavior, and Where It Happens',
    authors: [
      'Nadia Petrova',
      'Oluwaseun Balogun',
      'Thomas Brandt',
      'Mai Nguyen',
      'Carlos Mendoza',
    ],
    publishedAt: '2026-11-19T15:52:40.000Z',
    abstract:
      'Fine-tuning aligned language models on benign, task-specific data is known to weaken their refusal behavior, but the mechanism remains unclear. We conduct a systematic study across four model families and 23 fine-tuning datasets spanning code, medicine, customer support and creative writing. Refusal rates on harmful requests drop by a median of 34% after fine-tuning, with the largest drops for datasets containing long, compliant, instruction-following responses, regardless of topic. By tracking a refusal direction in activation space throughout training, we find that degradation is driven less by changes to this direction than by a decline in how strongly harmful prompts project onto it, and that most of the change is concentrated in a small number of middle layers. Motivated by this localization, we propose anchored fine-tuning, which adds a regularizer that preserves the projection of a small set of harmful prompts onto the refusal direction at those layers. Anchored fine-tuning retains 96% of the original refusal rate while matching the task performance of standard fine-tuning, and it is more robust than mixing in safety data, which requires carefully tuned ratios to avoid over-refusal on benign inputs.',
    summary:
      'Benign fine-tuning erodes refusals because harmful prompts project less strongly onto the refusal direction in a few middle layers; a regularizer that holds that projection keeps 96% of refusals.',
    summarySource: HF,
    takeaways: [
      'Refusal rates fall by a median of 34% across four model families and 23 benign datasets.',
      'Long, compliant instruction-following data does the most damage, whatever its topic.',
      'The refusal direction itself barely moves; the projection of harmful prompts onto it shrinks.',
      'The change concentrates in a few middle layers.',
      'Anchored fine-tuning keeps task performance and is easier to tune than mixing in safety data.',
    ],
    takeawaysSource: HF,
    upvotes: 109,
    numComments: 8,
    keywords: ['ai safety', 'fine-tuning', 'refusal', 'representation analysis', 'alignment'],
    links: { code: 'https://github.com/harborlight-safety/refusal-drift' },
  }),
];

export const DAY_2026_11_23: DayList = { date, papers, sources: ['sample'] };
