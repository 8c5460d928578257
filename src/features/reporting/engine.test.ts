// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate, effectiveAnswers, type Obligation } from './engine';
import { allNo, applying, due, get, without } from './test-obligations';
import { reportingRules } from './rules';

const AT = '2026-11-25T10:00:00+09:00';

interface Scenario {
  name: string;
  answers: Record<string, string>;
  types: string[];
  causes: string[];
  applies: string[];
  check?: (os: Obligation[]) => void;
}

const scenarios: Scenario[] = [
  {
    name: "misdelivery of one customer's address",
    answers: allNo({ personal: 'yes', partners: 'yes' }),
    types: ['leak'],
    causes: ['misdelivery'],
    applies: ['rep-partners'],
    check: (os) => {
      const ppc = get(os, 'rep-ppc');
      expect(ppc.reasons[0].text).toMatch(/当たりません/);
      expect(ppc.reasons[0].source).toMatch(/施行規則第7条/);
      expect(get(os, 'rep-data-subjects').reasons[0].text).toMatch(/お詫び/);
    },
  },
  {
    name: 'card data of 10 customers taken by unauthorized access',
    // unauthorized-access left unanswered: the incident's cause fills it in.
    answers: without(
      allNo({ personal: 'yes', card: 'yes', partners: 'yes' }),
      'unauthorized-access',
    ),
    types: ['leak'],
    causes: ['unauthorized-access'],
    applies: [
      'rep-card-company',
      'rep-data-subjects',
      'rep-ipa',
      'rep-partners',
      'rep-police',
      'rep-ppc',
    ],
    check: (os) => {
      expect(due(os, 'rep-ppc', 'rep-ppc-prompt')).toMatchObject({
        basis: 'guideline',
        due: '2026-11-27',
      });
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({
        basis: 'law',
        days: 60,
        due: '2027-01-23',
      });
      expect(get(os, 'rep-ppc').reasons.map((r) => r.id)).toEqual([
        'rep-ppc-financial',
        'rep-ppc-unlawful',
      ]);
      expect(get(os, 'rep-ppc').dueToUnknown).toEqual([]);
    },
  },
  {
    name: "1,500 customers' names on a lost unencrypted USB stick",
    answers: allNo({ personal: 'yes', count: 'over-1000', partners: 'yes' }),
    types: ['leak'],
    causes: ['loss'],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-ppc'],
    check: (os) => {
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({
        days: 30,
        due: '2026-12-24',
        basis: 'law',
      });
      expect(get(os, 'rep-ppc').reasons.map((r) => r.id)).toEqual(['rep-ppc-over-1000']);
    },
  },
  {
    name: 'the same USB stick, encrypted at a high level',
    answers: allNo({ personal: 'yes', count: 'over-1000', encrypted: 'yes', partners: 'yes' }),
    types: ['leak'],
    causes: ['loss'],
    applies: ['rep-partners'],
    check: (os) => {
      const ppc = get(os, 'rep-ppc');
      expect(ppc.exempted).toBe(true);
      expect(ppc.reasons.map((r) => r.id)).toEqual(['rep-ppc-encrypted']);
      expect(ppc.deadlines).toEqual([]);
    },
  },
  {
    name: 'ransomware with no personal data',
    answers: without(allNo({ partners: 'yes' }), 'unauthorized-access', 'extortion', 'malware'),
    types: ['ransomware'],
    causes: [],
    applies: ['rep-ipa', 'rep-partners', 'rep-police'],
    check: (os) => {
      expect(get(os, 'rep-police').reasons.map((r) => r.id)).toContain('rep-police-extortion');
      expect(get(os, 'rep-police').dueToUnknown).toEqual([]);
      expect(get(os, 'rep-ipa').deadlines[0]).toMatchObject({ basis: 'none', due: null });
      expect(get(os, 'rep-ppc-mynumber').applies).toBe(false);
    },
  },
  {
    name: 'everything unknown',
    answers: {},
    types: [],
    causes: [],
    applies: [
      'rep-account-stop',
      'rep-card-company',
      'rep-data-subjects',
      'rep-ipa',
      'rep-ministry',
      'rep-partners',
      'rep-police',
      'rep-ppc',
      'rep-ppc-mynumber',
      'rep-publish',
    ],
    check: (os) => {
      for (const o of os) expect(o.dueToUnknown.length, o.destinationId).toBeGreaterThan(0);
      // With 「わからない」 the earlier (30-day) date is the cautious one, not 60.
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 30, due: '2026-12-24' });
      expect(get(os, 'rep-ppc').dueToUnknown).toContain('personal');
    },
  },
  {
    name: "ransomware encrypted 50 customers' data, 不正アクセス answered いいえ (issue 10)",
    answers: without(
      allNo({ personal: 'yes', count: 'up-to-100', partners: 'yes' }),
      'malware',
      'extortion',
    ),
    types: ['ransomware'],
    causes: [],
    applies: ['rep-data-subjects', 'rep-ipa', 'rep-partners', 'rep-police', 'rep-ppc'],
    check: (os) => {
      const ppc = get(os, 'rep-ppc');
      expect(ppc.reasons.map((r) => r.id)).toEqual(['rep-ppc-unlawful']);
      expect(ppc.dueToUnknown).toEqual([]);
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 60, due: '2027-01-23' });
      expect(get(os, 'rep-data-subjects').dueToUnknown).toEqual([]);
    },
  },
  {
    name: 'ransomware with personal data, ウイルス and 脅迫 answered はい by the person',
    answers: allNo({ personal: 'yes', malware: 'yes', extortion: 'yes' }),
    types: ['ransomware'],
    causes: [],
    applies: ['rep-data-subjects', 'rep-ipa', 'rep-partners', 'rep-police', 'rep-ppc'],
    check: (os) => expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 60 }),
  },
  {
    name: 'a stolen laptop with 20 customers',
    answers: allNo({ personal: 'yes', theft: 'yes', partners: 'yes' }),
    types: ['leak'],
    causes: ['loss'],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-police', 'rep-ppc'],
    check: (os) => {
      expect(get(os, 'rep-ppc').reasons.map((r) => r.id)).toEqual(['rep-ppc-unlawful']);
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 60, due: '2027-01-23' });
      expect(get(os, 'rep-police').reasons.map((r) => r.id)).toEqual(['rep-police-theft']);
    },
  },
  {
    name: 'a lost laptop, theft not yet known: the PPC report is still open, 30 days',
    answers: without(allNo({ personal: 'yes' }), 'theft'),
    types: ['leak'],
    causes: ['loss'],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-police', 'rep-ppc'],
    check: (os) => {
      expect(get(os, 'rep-ppc').dueToUnknown).toEqual(['theft']);
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 30 });
    },
  },
  {
    name: 'a virus on one PC, no personal data',
    answers: without(allNo({}), 'malware'),
    types: ['virus'],
    causes: [],
    applies: ['rep-ipa'],
    check: (os) => {
      expect(get(os, 'rep-ipa').dueToUnknown).toEqual([]);
      expect(get(os, 'rep-ipa').notices.map((n) => n.id)).toEqual(['rep-ipa-not-duty']);
    },
  },
  {
    name: "an employee took 5 customers' records",
    answers: without(allNo({ personal: 'yes', partners: 'yes' }), 'insider'),
    types: ['leak'],
    causes: ['insider'],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-police', 'rep-ppc'],
    check: (os) => expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 60 }),
  },
  {
    name: 'a system outage, nothing leaked',
    answers: allNo({}),
    types: ['outage'],
    causes: [],
    applies: [],
  },
  {
    name: "one patient's health check results sent to the wrong address",
    answers: allNo({ personal: 'yes', sensitive: 'yes' }),
    types: ['leak'],
    causes: ['misdelivery'],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-ppc'],
    check: (os) => {
      expect(get(os, 'rep-ppc').reasons.map((r) => r.id)).toEqual(['rep-ppc-sensitive']);
      expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 30, due: '2026-12-24' });
    },
  },
  {
    name: 'My Number of 150 employees in a misdirected file',
    answers: allNo({ personal: 'yes', mynumber: 'yes', count: '101-1000' }),
    types: ['leak'],
    causes: ['misdelivery'],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-ppc-mynumber'],
    check: (os) => {
      // 規則第2条第4号 (more than 100 people). The 速報 target of 事業者編 別添2 3D is
      // 「概ね3日～5日以内」, as for personal data: day 3 (a guideline target, not law).
      expect(get(os, 'rep-ppc-mynumber').reasons.map((r) => r.id)).toEqual([
        'rep-ppc-mynumber-over-100',
      ]);
      expect(due(os, 'rep-ppc-mynumber', 'rep-ppc-mynumber-prompt')).toMatchObject({
        basis: 'guideline',
        days: 3,
        due: '2026-11-27',
        verified: true,
      });
      expect(due(os, 'rep-ppc-mynumber', 'rep-ppc-mynumber-final')).toMatchObject({
        basis: 'law',
        days: 30,
        due: '2026-12-24',
      });
    },
  },
  {
    name: 'IDs and passwords taken by unauthorized access',
    answers: allNo({ personal: 'yes', account: 'yes', 'unauthorized-access': 'yes' }),
    types: ['leak'],
    causes: ['unauthorized-access'],
    applies: [
      'rep-account-stop',
      'rep-data-subjects',
      'rep-ipa',
      'rep-partners',
      'rep-police',
      'rep-ppc',
    ],
  },
  {
    name: 'a customer list published on the website by mistake, 2,000 people',
    answers: allNo({ personal: 'yes', count: 'over-1000', exposed: 'yes', wide: 'yes' }),
    types: ['leak'],
    causes: [],
    applies: ['rep-data-subjects', 'rep-partners', 'rep-ppc', 'rep-publish'],
  },
];

describe('evaluate: scenarios', () => {
  it.each(scenarios)('$name', ({ answers, types, causes, applies, check }) => {
    const os = evaluate(answers, AT, types, causes);
    expect(applying(os)).toEqual([...applies].sort());
    for (const o of os) expect(o.reasons.length, o.destinationId).toBeGreaterThan(0);
    check?.(os);
  });
});

describe('evaluate: details', () => {
  it('an explicit 「わからない」 makes a destination apply and names the question', () => {
    const os = evaluate(allNo({ personal: 'yes', sensitive: 'unknown' }), AT, ['leak'], []);
    expect(get(os, 'rep-ppc')).toMatchObject({ applies: true, dueToUnknown: ['sensitive'] });
  });

  it('a certain criterion makes the unknown ones irrelevant', () => {
    const os = evaluate(
      allNo({ personal: 'yes', sensitive: 'unknown', count: 'over-1000' }),
      AT,
      [],
      [],
    );
    expect(get(os, 'rep-ppc').dueToUnknown).toEqual([]);
  });

  it('encryption answered 「わからない」 does not exempt', () => {
    const os = evaluate(
      allNo({ personal: 'yes', count: 'over-1000', encrypted: 'unknown' }),
      AT,
      [],
      [],
    );
    expect(get(os, 'rep-ppc').applies).toBe(true);
  });

  it('My Number: more than 100 people, and 60 days when an unlawful purpose is certain', () => {
    const os = evaluate(
      allNo({ personal: 'yes', mynumber: 'yes', count: '101-1000', insider: 'yes' }),
      AT,
      [],
      [],
    );
    const mn = get(os, 'rep-ppc-mynumber');
    expect(mn.applies).toBe(true);
    expect(mn.reasons.map((r) => r.id)).toEqual([
      'rep-ppc-mynumber-unlawful',
      'rep-ppc-mynumber-over-100',
    ]);
    expect(due(os, 'rep-ppc-mynumber', 'rep-ppc-mynumber-final')).toMatchObject({
      days: 60,
      verified: true,
    });
    expect(
      evaluate(allNo({ personal: 'yes', mynumber: 'yes' }), AT, [], []).find(
        (o) => o.destinationId === 'rep-ppc-mynumber',
      )?.applies,
    ).toBe(false);
  });

  it('counts 確報 days from 発覚 as day 1 and shows a last day in 年末年始 as it is (the earlier date)', () => {
    // 発覚 on Friday 2026-12-04: day 30 is Saturday 2027-01-02, a 年末年始閉庁日. 通則編
    // 3-5-3-4 (※2) then moves the legal deadline to the next day; the screen keeps day 30.
    const os = evaluate(
      allNo({ personal: 'yes', count: 'over-1000' }),
      '2026-12-04T18:00:00+09:00',
      [],
      [],
    );
    expect(due(os, 'rep-ppc', 'rep-ppc-final')).toMatchObject({ days: 30, due: '2027-01-02' });
    expect(reportingRules.dayCount.text).toMatch(/年末年始.*早い方/);
  });

  it('「個人情報なし」 answers the personal-only questions as no, even if stale answers remain', () => {
    const { values } = effectiveAnswers({ personal: 'no', mynumber: 'yes' }, [], []);
    expect(values.mynumber).toBe('no');
    expect(values.count).toBe('no');
  });

  it('fills unanswered causes from the incident and reports what was assumed', () => {
    const e = effectiveAnswers({}, ['virus'], ['insider']);
    expect(e.values.malware).toBe('yes');
    expect(e.values.insider).toBe('yes');
    expect(e.derived.sort()).toEqual(['insider', 'malware']);
    expect(e.assumed).toContain('personal');
  });

  it('ignores values a question does not accept', () => {
    const { values, assumed } = effectiveAnswers({ personal: 'maybe', count: 'yes' }, [], []);
    expect(values.personal).toBe('unknown');
    expect(values.count).toBe('unknown');
    expect(assumed).toEqual(expect.arrayContaining(['personal', 'count']));
  });
});

describe('evaluate: the 決め手の質問 (dueToUnknown)', () => {
  const RANSOMWARE = { malware: 'yes', extortion: 'yes' };

  it('ransomware, nothing answered: 個人情報 decides the criteria, and what could clear it is named', () => {
    // 不正の目的 (第3号) is met from the type; 要配慮・カード・人数 cannot change the result.
    const os = evaluate({}, AT, ['ransomware'], []);
    const decide = ['personal', 'encrypted', 'recovered', 'exfiltration-ruled-out'];
    expect(get(os, 'rep-ppc').dueToUnknown).toEqual(decide);
    // 本人への通知 goes with either report: the My Number one waits on マイナンバー too.
    expect(get(os, 'rep-data-subjects').dueToUnknown).toEqual([...decide, 'mynumber']);
  });

  it('a leak of possibly personal data of over 1,000 people: 個人情報 decides, not 要配慮', () => {
    const os = evaluate(
      allNo({
        personal: 'unknown',
        sensitive: 'unknown',
        count: 'over-1000',
        recovered: 'unknown',
      }),
      AT,
      ['leak'],
      ['misdelivery'],
    );
    // No sign of an unlawful act: 回収 alone could clear it, nothing about stolen data is asked.
    expect(get(os, 'rep-ppc').dueToUnknown).toEqual(['personal', 'recovered']);
  });

  it('names only the exemption questions that could still clear it', () => {
    const os = evaluate(
      allNo({ ...RANSOMWARE, personal: 'unknown', encrypted: 'unknown', recovered: 'no' }),
      AT,
      ['ransomware'],
      [],
    );
    // 回収・復元 いいえ: whether data was stolen can no longer clear it, so it is not named.
    expect(get(os, 'rep-ppc').dueToUnknown).toEqual(['personal', 'encrypted']);
    // Met for certain, the report is owed: an unanswered exemption counts as not applying.
    const sure = evaluate(
      allNo({ ...RANSOMWARE, personal: 'yes', encrypted: 'unknown' }),
      AT,
      ['ransomware'],
      [],
    );
    expect(get(sure, 'rep-ppc')).toMatchObject({ applies: true, dueToUnknown: [] });
  });

  it('asks whether stolen data is ruled out only while an unlawful act may be involved', () => {
    const calm = effectiveAnswers(allNo({ personal: 'yes' }), ['leak'], ['misdelivery']);
    expect(calm.values['exfiltration-ruled-out']).toBe('no');
    const noAnswer = without(allNo({ personal: 'yes' }), 'exfiltration-ruled-out');
    expect(effectiveAnswers(noAnswer, ['leak'], ['misdelivery']).notAsked).toContain(
      'exfiltration-ruled-out',
    );
    const attack = effectiveAnswers(without(noAnswer, 'malware'), ['ransomware'], []);
    expect(attack.notAsked).not.toContain('exfiltration-ruled-out');
    expect(attack.assumed).toContain('exfiltration-ruled-out');
  });
});
