// Tables for latex.ts: what LaTeX commands and scripts look like as plain Unicode. Written as
// "name value" word lists so the tables stay a screenful instead of one entry per line.

/** "a 1 b 2" → { a: '1', b: '2' } */
function pairs(list: string): Record<string, string> {
  const w = list.trim().split(/\s+/);
  const out: Record<string, string> = {};
  for (let k = 0; k + 1 < w.length; k += 2) out[w[k]!] = w[k + 1]!;
  return out;
}

/** Maps each code point of `from` to the code point at the same place in `to`. */
function table(from: string, to: string): Record<string, string> {
  const b = [...to];
  return Object.fromEntries([...from].map((c, k) => [c, b[k]!]));
}

const words = (list: string) => new Set(list.trim().split(/\s+/));

const greek = pairs(`
  alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ vartheta ϑ
  iota ι kappa κ lambda λ mu μ nu ν xi ξ pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς
  tau τ upsilon υ phi φ varphi φ chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ
  Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω`);

const operators = pairs(`
  times × cdot · div ÷ pm ± mp ∓ leq ≤ le ≤ geq ≥ ge ≥ leqslant ≤ geqslant ≥ neq ≠ ne ≠
  approx ≈ sim ~ simeq ≃ cong ≅ equiv ≡ propto ∝ ll ≪ gg ≫ infty ∞ partial ∂ nabla ∇ sum ∑
  prod ∏ int ∫ oint ∮ in ∈ notin ∉ ni ∋ subset ⊂ subseteq ⊆ supset ⊃ supseteq ⊇ cup ∪
  cap ∩ setminus ∖ emptyset ∅ varnothing ∅ forall ∀ exists ∃ neg ¬ lnot ¬ land ∧ lor ∨
  wedge ∧ vee ∨ oplus ⊕ otimes ⊗ odot ⊙ circ ∘ bullet • star ⋆ ast * dagger † ddagger ‡
  ldots … dots … cdots ⋯ vdots ⋮ ddots ⋱ to → rightarrow → leftarrow ← gets ← Rightarrow ⇒
  Leftarrow ⇐ leftrightarrow ↔ Leftrightarrow ⇔ mapsto ↦ longrightarrow ⟶ uparrow ↑
  downarrow ↓ implies ⟹ iff ⟺ langle ⟨ rangle ⟩ lfloor ⌊ rfloor ⌋ lceil ⌈ rceil ⌉ mid |
  parallel ∥ perp ⊥ top ⊤ bot ⊥ angle ∠ prime ′ ell ℓ hbar ℏ Re ℜ Im ℑ aleph ℵ checkmark ✓
  triangle △ square □ lvert | rvert | vert | Vert ‖ lVert ‖ rVert ‖ colon : vdash ⊢ models ⊨`);

const textSymbols = pairs(`
  S § P ¶ copyright © textcopyright © textregistered ® texttrademark ™ euro € texteuro €
  pounds £ textdegree ° degree ° textasciitilde ~ textasciicircum ^ textbackslash \\
  textbar | textless < textgreater > textendash – textemdash — textbullet •
  textperiodcentered · dag † ddag ‡ ss ß ae æ AE Æ oe œ OE Œ aa å AA Å o ø O Ø l ł L Ł
  i ı j ȷ LaTeX LaTeX TeX TeX BibTeX BibTeX LaTeXe LaTeX2e textunderscore _ textellipsis …`);

// Spacing commands print one space; operator names print as their name (\log → "log").
const spaces = 'quad qquad newline par linebreak enspace thinspace';
const named =
  'log ln exp max min sin cos tan lim sup inf arg det dim ker Pr gcd mod bmod argmax argmin ' +
  'softmax tanh sigmoid deg lg limsup liminf sgn Var Cov KL diag tr rank';

/** Zero-argument commands that stand for a character or word. */
export const SYMBOLS: Record<string, string> = {
  ...greek,
  ...operators,
  ...textSymbols,
  ...Object.fromEntries([...words(spaces)].map((n) => [n, ' '])),
  ...Object.fromEntries([...words(named)].map((n) => [n, n])),
};

export type Style = 'bold' | 'italic' | 'code';

/** \textbf{x}-style commands: Markdown emphasis for their argument. */
export const STYLE_ARG = pairs(
  'textbf bold emph italic textit italic textsl italic texttt code',
) as Record<string, Style>;

/** {\bf x}-style declarations: emphasis for the rest of the group. */
export const STYLE_DECL = pairs(
  'bf bold bfseries bold em italic it italic itshape italic sl italic tt code ttfamily code',
) as Record<string, Style>;

/** Commands that only change layout or size: they print nothing. */
export const IGNORED = words(`
  left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr middle displaystyle textstyle
  scriptstyle limits nolimits nonumber noindent centering raggedright hfill vfill medskip
  smallskip bigskip small large Large LARGE huge Huge normalsize footnotesize scriptsize tiny
  rm sf sc scshape upshape normalfont mdseries rmfamily sffamily xspace protect relax
  ignorespaces allowbreak nobreak`);

/** Commands whose argument is noise in running text (citations, spacing, labels). */
export const DROP_ARG = words(`
  cite citep citet citealp citeauthor label vspace hspace color thanks footnotemark
  pagestyle phantom hphantom vphantom`);

/** Commands whose argument prints as plain text. */
export const PLAIN_ARG = words(`
  text textrm textsf textup textmd textnormal textsc mbox hbox fbox underline uline hl
  mathrm mathbf mathit mathsf mathtt mathcal mathscr mathfrak boldsymbol bm operatorname
  ensuremath ref eqref autoref cref Cref mathnormal overline overbrace underbrace mathring`);

/** Text accents (\'e, \v{s}) as combining marks; NFC then composes é, š. */
export const ACCENTS: Record<string, string> = {
  ...table(`'\`^"~=.`, '\u0301\u0300\u0302\u0308\u0303\u0304\u0307'),
  ...table('uvHckrdb', '\u0306\u030c\u030b\u0327\u0328\u030a\u0323\u0331'),
};

/** Math accents (\hat x) as combining marks. */
export const MATH_ACCENTS: Record<string, string> = pairs(`
  hat \u0302 widehat \u0302 tilde \u0303 widetilde \u0303 bar \u0304 vec \u20d7 dot \u0307
  ddot \u0308 check \u030c breve \u0306 acute \u0301 grave \u0300`);

export const BLACKBOARD: Record<string, string> = table('RNZQCEP1', 'ℝℕℤℚℂ𝔼ℙ𝟙');

export const SUPERSCRIPT: Record<string, string> = {
  ...table('0123456789+-−=()', '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾'),
  ...table('abcdefghijklmnoprstuvwxyz', 'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'),
  ...table('ABDEGHIJKLMNOPRTUVW', 'ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ'),
  ...table('αβγδεθφχ', 'ᵅᵝᵞᵟᵋᶿᵠᵡ'),
  ...table('∘′*†‡⊤', '°′*†‡ᵀ'),
};

export const SUBSCRIPT: Record<string, string> = {
  ...table('0123456789+-−=()', '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎'),
  ...table('aehijklmnoprstuvx', 'ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'),
  ...table('βγρφχ', 'ᵦᵧᵨᵩᵪ'),
};

/** Unicode sub/superscripts when every character has one, else `x_(ab)` / `x^c`. */
export function script(kind: '_' | '^', body: string): string {
  const t = body.trim();
  const map = kind === '_' ? SUBSCRIPT : SUPERSCRIPT;
  const chars = [...t];
  if (chars.length > 0 && chars.every((c) => Object.hasOwn(map, c))) {
    return chars.map((c) => map[c]).join('');
  }
  return chars.length <= 1 ? kind + t : `${kind}(${t})`;
}

/** Puts a combining mark on the first character: \'{e} → é, \hat{x} → x̂. */
export function accent(text: string, mark: string): string {
  // Accented \i and \j are written with the dotless letters; the accent replaces the dot.
  const cps = [...text.replace(/^ı/, 'i').replace(/^ȷ/, 'j')];
  // An empty argument (\~{}, \^{}) prints the accent itself where ASCII has one.
  if (cps.length === 0) return mark === '\u0303' ? '~' : mark === '\u0302' ? '^' : '';
  return (cps[0] + mark + cps.slice(1).join('')).normalize('NFC');
}

/** a/b, with parentheses around anything longer than one word or number. */
export function frac(a: string, b: string): string {
  const wrap = (t: string) => (/^[\p{L}\p{N}.′]+$/u.test(t.trim()) ? t.trim() : `(${t.trim()})`);
  return `${wrap(a)}/${wrap(b)}`;
}
