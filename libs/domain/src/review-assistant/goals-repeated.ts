import { messages } from '../messages/messages.js';
import { findingOf } from './finding-of.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';
import { normalised } from './review-text.js';

/** The same goal sentence more than once in a table (seed tables 1 and 2: three times). */
export const goalsRepeated: TableReviewRule = ({ goals }) =>
  goals.flatMap((goal, i): ReviewFinding[] => {
    const text = normalised(goal);
    if (text === '') return [];
    const first = goals.findIndex((other) => normalised(other) === text);
    if (first === i) return [];
    const words = messages.review;
    return [findingOf('GOAL_REPEATED', `goals[${i}]`, words.goalRepeated({ goal: words.goal(i), first: words.goal(first), text }))];
  });
