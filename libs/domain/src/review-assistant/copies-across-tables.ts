import { messages } from '../messages/messages.js';
import { formatFenAsWan } from '../common/money.js';
import type { Indicator } from '../target-table/target-table.events.js';
import { indicatorName, indicatorPath } from '../target-table/validation/message-parts.js';
import { findingOf } from './finding-of.js';
import type { ReviewedTable, TableReviewFinding, UnitYearReviewRule } from './review-finding.js';
import { bigrams, normalised, similarity } from './review-text.js';

const words = messages.review;

/** Thresholds of docs/review-assistant.md ("Copies across tables"). */
export const copyThresholds = {
  /** Two rows are the same indicator when name and description together are at least this similar. */
  sameIndicator: 0.9,
  /** A set is copied when this share of both tables' rows are the same indicators… */
  copiedShare: 0.8,
  /** …and there are at least this many of them. */
  copiedRows: 3,
  /** Two goals are the same goal from this similarity. */
  sameGoal: 0.9,
  /** A description is another's from this similarity, when it also speaks of that table's project. */
  sameDescription: 0.75,
  /** Words of the other project a copied description must carry (character pairs of its name). */
  descriptionTerms: 2,
} as const;

/** Character pairs of project names that name no project in particular. */
const genericPairs = new Set(['经费', '资金', '专项', '项目', '工作', '补助', '人员', '保险', '管理', '提前', '下达', '年度', '省级', '中央', '直达', '费用', '及各', '各类']);

function tableName(table: ReviewedTable): string {
  return words.table({ name: table.content.name, projectCode: table.projectCode });
}

function withTable(table: ReviewedTable, finding: ReturnType<typeof findingOf>): TableReviewFinding {
  return { ...finding, projectCode: table.projectCode, fiscalYear: table.fiscalYear };
}

/**
 * The character pairs of a table's name that no other table of the unit's year has in its
 * name: what tells this project from the others (劳动仲裁经费 → 动仲, 仲裁, 裁经).
 */
function namePairs(tables: readonly ReviewedTable[]): Map<ReviewedTable, Set<string>> {
  const all = tables.map((table) => new Set(bigrams(table.content.name).filter((pair) => !/\d/u.test(pair) && !genericPairs.has(pair))));
  return new Map(
    tables.map((table, i) => [table, new Set([...(all[i] ?? [])].filter((pair) => all.every((other, j) => j === i || !other.has(pair))))]),
  );
}

/** Everything a table says about its own project: name, purpose and 三级指标. */
function ownText(table: ReviewedTable): string {
  return normalised([table.content.name, table.content.purpose, ...table.content.indicators.map((indicator) => indicator.level3)].join(''));
}

const rowText = (indicator: Indicator): string => `${indicator.level3}${indicator.description}`;

/**
 * An indicator set copied from an earlier table of the unit's year, with little or nothing
 * changed (seed table 2 from table 1: the same ≥300人 beneficiaries for 114 万元 as for 723 万元).
 * "Earlier" is the order given (the document's order, or the project codes'), so one table of
 * the pair is named, never both.
 */
export const indicatorsNotCopied: UnitYearReviewRule = (tables) =>
  tables.flatMap((table, b) =>
    tables.slice(0, b).flatMap((other): TableReviewFinding[] => {
      const mine = table.content.indicators;
      const theirs = other.content.indicators;
      const pairs = mine.flatMap((indicator) => {
        const match = theirs.find((candidate) => similarity(rowText(indicator), rowText(candidate)) >= copyThresholds.sameIndicator);
        return match === undefined ? [] : [{ indicator, match }];
      });
      const enough = pairs.length >= copyThresholds.copiedRows && pairs.length >= copyThresholds.copiedShare * Math.max(mine.length, theirs.length);
      if (!enough) return [];
      const same = pairs.filter(({ indicator, match }) => normalised(indicator.valueText) === normalised(match.valueText));
      const changed = pairs.filter(({ indicator, match }) => normalised(indicator.valueText) !== normalised(match.valueText));
      const message = words.indicatorsCopied({
        count: mine.length,
        matched: pairs.length,
        other: tableName(other),
        same: same.length,
        examples: same.slice(0, 2).map(({ indicator }) => words.sameValue({ level3: indicator.level3, valueText: indicator.valueText })).join('、'),
        changed: changed.map(({ indicator, match }) => words.otherValue({ level3: indicator.level3, valueText: indicator.valueText, otherValueText: match.valueText })).join('、'),
        budget: `${formatFenAsWan(table.content.budget.total)}万元`,
        otherBudget: `${formatFenAsWan(other.content.budget.total)}万元`,
      });
      return [withTable(table, findingOf('INDICATORS_COPIED', 'indicators', message, other.projectCode))];
    }),
  );

/** A goal of an earlier table of the unit's year, word for word or nearly: one finding per pair of tables, on the first such goal. */
export const goalsNotCopied: UnitYearReviewRule = (tables) =>
  tables.flatMap((table, b) =>
    tables.slice(0, b).flatMap((other): TableReviewFinding[] => {
      const i = table.content.goals.findIndex((goal) => other.content.goals.some((theirs) => normalised(goal) !== '' && similarity(goal, theirs) >= copyThresholds.sameGoal));
      if (i < 0) return [];
      const goal = table.content.goals[i] ?? '';
      const message = words.goalsCopied({ goal: words.goal(i), other: tableName(other), text: normalised(goal) });
      return [withTable(table, findingOf('GOALS_COPIED', `goals[${i}]`, message, other.projectCode))];
    }),
  );

/**
 * A description taken from another table of the unit's year that still speaks of that table's
 * project (seed table 8: 招聘派遣人员… from the 劳务派遣 table; table 10: 机关事业单位… from the
 * 机关事业单位养老 table): nearly the same sentence, carrying words of the other's name that this
 * table never uses of itself. Shared boilerplate (促进了社会稳定) carries no such words and passes.
 */
export const descriptionsNotCopied: UnitYearReviewRule = (tables) => {
  const distinctive = namePairs(tables);
  return tables.flatMap((table) => {
    const own = ownText(table);
    return table.content.indicators.flatMap((indicator, i): TableReviewFinding[] => {
      const description = normalised(indicator.description);
      if (description === '') return [];
      for (const other of tables) {
        if (other === table) continue;
        const terms = [...(distinctive.get(other) ?? [])].filter((pair) => description.includes(pair) && !own.includes(pair));
        if (terms.length < copyThresholds.descriptionTerms) continue;
        const j = other.content.indicators.findIndex((theirs) => similarity(indicator.description, theirs.description) >= copyThresholds.sameDescription);
        const source = other.content.indicators[j];
        if (source === undefined) continue;
        const message = words.descriptionCopied({
          indicator: indicatorName(indicator, i),
          description,
          other: tableName(other),
          otherIndicator: indicatorName(source, j),
          term: joinedTerm(description, other.content.name, terms),
        });
        return [withTable(table, findingOf('DESCRIPTION_COPIED', indicatorPath(i, 'description'), message, other.projectCode))];
      }
      return [];
    });
  });
};

/**
 * How a message quotes the other project's words: the longest part of the text that is also in
 * the other table's name and holds one of the pairs (派遣 → 派遣人员, 仲裁 → 劳动仲裁).
 */
function joinedTerm(text: string, otherName: string, pairs: readonly string[]): string {
  const name = normalised(otherName);
  const chars = [...text];
  let best = pairs[0] ?? '';
  for (let from = 0; from < chars.length; from += 1) {
    for (let to = from + best.length + 1; to <= chars.length; to += 1) {
      const part = chars.slice(from, to).join('');
      if (!name.includes(part)) break;
      if (pairs.some((pair) => part.includes(pair))) best = part;
    }
  }
  return best;
}

/**
 * Goals that describe another project of the unit's year and not their own (seed tables 4 and
 * 5: 劳动监察 goals on the 劳动仲裁 table and the other way round): the goals carry a word of the
 * other table's name that this table never uses of itself and the other uses in its 三级指标 (what
 * that project measures: 人才 in 人事人才经费 is not, so a recruitment goal 引进人才 passes), and none
 * of the words of its own name.
 */
export const goalsAboutOwnProject: UnitYearReviewRule = (tables) => {
  const distinctive = namePairs(tables);
  const strays = new Map<ReviewedTable, Array<{ other: ReviewedTable; goal: number; terms: string[] }>>();
  for (const table of tables) {
    const mine = distinctive.get(table) ?? new Set<string>();
    const goals = table.content.goals.map(normalised);
    if (goals.some((goal) => [...mine].some((pair) => goal.includes(pair)))) continue;
    const own = ownText(table);
    for (const other of tables) {
      if (other === table) continue;
      const measured = normalised(other.content.indicators.map((indicator) => indicator.level3).join(''));
      const stray = (text: string) => [...(distinctive.get(other) ?? [])].filter((pair) => text.includes(pair) && !own.includes(pair) && measured.includes(pair));
      const goal = goals.findIndex((text) => stray(text).length > 0);
      if (goal < 0) continue;
      const terms = stray(goals[goal] ?? '');
      strays.set(table, [...(strays.get(table) ?? []), { other, goal, terms }]);
    }
  }
  return [...strays.entries()].flatMap(([table, found]) =>
    found.map(({ other, goal, terms }) => {
      const swapped = (strays.get(other) ?? []).some((back) => back.other === table);
      const text = normalised(table.content.goals[goal] ?? '');
      const message = words.goalsOfAnotherProject({ goal: words.goal(goal), text, term: joinedTerm(text, other.content.name, terms), other: tableName(other), swapped });
      return withTable(table, findingOf('GOALS_OF_ANOTHER_PROJECT', `goals[${goal}]`, message, other.projectCode));
    }),
  );
};
