import { Extensions } from '@nestjs/graphql';

/** The schema extension that marks a root query field whose answers may be kept (KeptAnswers). */
export const KEPT_WHILE_VIEWS_STAND = 'keptWhileViewsStand';

/**
 * Marks a root query whose answer is made only of the views, the caller as the directory
 * knows them and the operation's own text and variables — no clock, no other source — so
 * that an answer given once may be given again until the views or the directory change
 * (docs/speed.md, "Answers kept while the views stand"). A query that reads anything else
 * must not carry it.
 */
export const KeptWhileViewsStand = (): MethodDecorator & PropertyDecorator => Extensions({ [KEPT_WHILE_VIEWS_STAND]: true });
