export {
  startFakeConnector,
  type CapturedActivity,
  type FakeConnector,
  type RateLimit,
} from './fake-connector';
export { startBotFixture, type BotFixture, type HttpAnswer } from './bot-fixture';
export { recordedActivity, type RecordedName } from './recorded-activity';
export { cardProblems } from './validate-card';
export { cardContext, HOSTILE, sampleNotifications, sampleViews } from './sample-notifications';
