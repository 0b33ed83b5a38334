export const USAGE = `papers — a terminal reader for the daily flood of machine-learning papers

Usage
  papers [--date YYYY-MM-DD]        open the reader (newest cached day; the bundled sample
                                    when nothing is cached). Piped: prints the day's list.
  papers list [--date D | --all] [--unread] [--starred] [--json]
            [--sort listed|upvotes|title|published|for-you]
  papers show ID [--json]           one paper as Markdown (plain when piped)
  papers mark ID... [--unread]      mark read (or unread)
  papers mark --all [--date D]      mark every paper of a day read
  papers star ID... [--off]         star (or unstar)
  papers hide ID... [--off]         not interested: leave out of lists (kept on disk)
  papers follow author|keyword|org VALUE    papers unfollow …    papers follows [--json]
  papers related ID [--limit N] [--json]
                                    the most similar papers across every cached day
  papers sync [--date D | --days N | --week YYYY-Www | --month YYYY-MM]
                                    fetch Hugging Face Daily Papers into the cache
  papers import PATH... [--format F] [--date D] [--topic T] [--dry-run]
                                    import ChatPaperFree pages/posts, saved Hugging Face
                                    pages, daily_papers JSON, daily-arXiv-ai-enhanced JSONL
  papers summarize [--date D | --all] --llm [--force] [--lang zh|en]
                                    LLM summaries via an OpenAI-compatible endpoint
  papers days [--json]              cached days with total / unread / starred counts
  papers search QUERY [--all | --date D] [--limit N] [--json]
                                    search every cached day, best first: words and word
                                    starts, then shorter forms, then typos (marked ~); at
                                    most N (default 50; stderr says when more matched);
                                    exit 1 when nothing matches.
                                    au: kw: ti: ab: cat: tp: prefixes, 'exact phrase', !not
  papers export [--starred | --date D | --all] --format bibtex|md|json [--out FILE]
  papers config get [KEY] | set KEY VALUE | unset KEY | path

Options
  -h, --help      show this help          -v, --version   show the version

Environment
  PAPERS_HOME          keep cache, state and config under this folder
  PAPERS_API_BASE      Hugging Face API base (default https://huggingface.co)
  PAPERS_LLM_BASE_URL, PAPERS_LLM_MODEL, PAPERS_LLM_API_KEY   LLM endpoint for summarize
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY   honoured by sync and summarize
  BROWSER              command that opens links      NO_COLOR   disable colour

In the reader press ? for keys.`;
