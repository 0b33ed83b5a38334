import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedFixtures } from '../helpers/fixtures.js';
import { answer, startChatServer, titleOf, type ChatServer } from '../llm/chat-server.js';
import { papers } from './cli.js';
import { TmuxSession, tempHome } from './tmux.js';

interface JsonPaper {
  id: string;
  title: string;
  abstract: string;
  summary: string;
  summarySource: string;
  takeaways: string[];
  takeawaysSource: string;
}

let home: string;
let cleanup: () => void;
let chat: ChatServer | undefined;
beforeEach(async () => {
  ({ home, cleanup } = tempHome());
  const r = await papers(['import', path.join(sharedFixtures, 'hf-daily-papers-2024-05-27.json')], {
    PAPERS_HOME: home,
  });
  expect(r.code, r.stderr).toBe(0);
});
afterEach(async () => {
  await chat?.close();
  chat = undefined;
  cleanup();
});

async function day(): Promise<JsonPaper[]> {
  const r = await papers(['list', '--date', '2024-05-27', '--json'], { PAPERS_HOME: home });
  return JSON.parse(r.stdout) as JsonPaper[];
}

describe('a summary and takeaways for every paper', () => {
  it('every paper of a day without AI summaries gets an extracted summary and 3+ takeaways from its abstract', async () => {
    const list = await day();
    expect(list).toHaveLength(13);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const p of list) {
      expect(p.summarySource, p.id).toBe('extracted from the abstract');
      expect(p.summary.length, p.id).toBeGreaterThan(20);
      expect(p.takeaways.length, p.id).toBeGreaterThanOrEqual(3);
      for (const t of p.takeaways)
        expect(flat(p.abstract), p.id).toContain(flat(t).replace(/\.$/, ''));
    }
  });

  it('the detail view shows the provenance under each heading', async () => {
    const session = new TmuxSession(home);
    try {
      session.start(['--date', '2024-05-27'], { columns: 100, rows: 60 });
      await session.waitFor((s) => s.includes('13/13'));
      session.keys('Enter');
      const screen = await session.waitFor((s) => s.includes('Key takeaways'));
      expect(screen).toMatch(/Summary\s*\n\s*\n?extracted from the abstract/);
      expect(screen).toMatch(/Key takeaways\s*\n\s*\n?extracted from the abstract/);
    } finally {
      session.stop();
    }
  });

  it('papers summarize --llm fills summaries from an OpenAI-compatible server and says which model', async () => {
    chat = await startChatServer((req) =>
      answer(`LLM summary of ${titleOf(req)}`, ['First point.', 'Second point.', 'Third point.']),
    );
    const env = {
      PAPERS_HOME: home,
      PAPERS_LLM_BASE_URL: `${chat.url}/v1`,
      PAPERS_LLM_MODEL: 'test-model',
    };
    const r = await papers(['summarize', '--date', '2024-05-27', '--llm'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(chat.bodies).toHaveLength(13);
    const list = await day();
    for (const p of list) {
      expect(p.summarySource).toBe('LLM: test-model');
      expect(p.summary).toContain('LLM summary of');
      expect(p.takeaways).toEqual(['First point.', 'Second point.', 'Third point.']);
    }
    const again = await papers(['summarize', '--date', '2024-05-27', '--llm'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(chat.bodies).toHaveLength(13);
  });
});
