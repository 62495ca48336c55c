import type { BotCatalogue } from './bot-catalogue';

export const en: BotCatalogue = {
  at: 'at',
  welcome: {
    title: 'Welcome to RAKE',
    text: 'I will tell you here when your observation moves on, and supervisors when a new observation arrives.',
    teamText:
      'This channel gets a digest of new observations before every RAKE working group meeting.',
  },
  help: {
    title: 'Help',
    intro: 'You can send me these commands:',
    commands: [
      { command: 'help', text: 'this help' },
      { command: 'my reports', text: 'your observations and their status' },
    ],
  },
  unknownCommand: 'I did not recognise that command. Type "help" to see what I can do.',
  myReports: {
    title: 'Your observations',
    empty: 'You have not filed any observations yet.',
    more: (count) => `… and ${count} more`,
    moreThan: (count) => `… and over ${count} more`,
    open: 'Open my reports',
  },
  fields: {
    kind: 'Kind of phenomenon',
    topic: 'Topic',
    serviceArea: 'Service area',
    municipality: 'Municipality',
    reporter: 'Reporter',
    filed: 'Filed',
    status: 'Status',
    feedback: 'Feedback',
    returnReason: 'Reason for return',
    by: 'By',
  },
  newObservation: {
    title: 'New observation',
    open: 'Open in tab',
    take: 'Take into review',
    returnIt: 'Return with reason',
    reasonLabel: 'Reason for return',
    feedbackLabel: 'Feedback to the reporter',
    feedbackPlaceholder: 'Tell the reporter why the observation is returned',
    send: 'Return',
  },
  statusChanged: { title: 'Your observation has a new status', timeline: 'Show timeline' },
  resubmitted: { title: 'An amended observation was sent again' },
  withdrawn: {
    title: 'The reporter withdrew an observation',
    text: 'The observation needs no handling and no answer.',
    open: 'Open on the board',
  },
  message: {
    title: 'New message on an observation',
    observation: 'Observation',
    from: 'From',
    openMine: 'Open my reports',
    openBoard: 'Open on the board',
  },
  proposalChanged: {
    title: {
      accepted: 'An action proposal based on your observation was accepted',
      rejected: 'An action proposal based on your observation was rejected',
      done: 'An action based on your observation has been carried out',
    },
    proposal: 'Proposal',
    decisionBody: 'Decision body',
    outcome: { accepted: 'Decision', rejected: 'Decision', done: 'Result and evaluation' },
    yourObservations: 'Your observations it rests on',
    open: 'Show my reports',
  },
  enrichment: {
    title: 'The RAKE working group asks your service area to enrich observations',
    reminderTitle: 'Reminder: an enrichment request is due soon',
    serviceArea: 'Service area',
    dueDate: 'Due date',
    observations: 'Observations',
    requestedBy: 'Requested by',
    question: 'Question',
    open: 'Open the request',
  },
  reports: {
    kinds: {
      compilation: 'Compilation report',
      phenomenon: 'Phenomenon report',
      annual: 'Social report',
    },
    kind: 'Report type',
    openPage: 'Open the page',
    openInTab: 'Open the report in RAKE',
    published: {
      title: (title) => `Published on the intranet: ${title}`,
      republishedTitle: (title) => `Updated on the intranet: ${title}`,
      publishedBy: 'Published by',
      publishedAt: 'Published',
      version: 'Version',
    },
    yours: {
      annualTitle: (year, count) =>
        count === 1
          ? `Your observation is included in the ${year} social report`
          : `Your observations are included in the ${year} social report`,
      title: (title, count) =>
        count === 1
          ? `Your observation is included in the report “${title}”`
          : `Your observations are included in the report “${title}”`,
      report: 'Report',
      count: 'Your observations',
      list: 'Your observations it rests on',
      more: (count) => `… and ${count} more`,
      nameless: 'The report does not name the people who reported.',
    },
  },
  digest: {
    title: (date) => `Digest for the RAKE working group meeting on ${date}`,
    since: (date) => `New observations since ${date}`,
    total: (count) => `Observations in total: ${count}`,
    byTopic: 'By topic',
    byServiceArea: 'By service area',
    newItems: 'New observations',
    more: (count) => `… and ${count} more on the board`,
    board: 'Open the board',
    agenda: 'Open the meeting agenda',
  },
  reminder: {
    title: 'Reminder: observations are waiting',
    text: (days, count) => `${count} observations have waited over ${days} days without a move.`,
    open: 'Open the board',
  },
  action: {
    taken: (who, when) => `${who} took the observation into review ${when}.`,
    returned: (who, when) => `${who} returned the observation to the reporter ${when}.`,
    stale: (status) =>
      `The observation has already moved on (now: ${status}). Nothing was changed.`,
    forbidden: 'You may not process this observation. Nothing was changed.',
    notFound: 'The observation was not found. Nothing was changed.',
    feedbackRequired: 'Write feedback to the reporter. Nothing was changed.',
    reasonRequired: 'Choose a reason for the return. Nothing was changed.',
    personalData: 'The feedback contains a personal identity code. Remove it; nothing was changed.',
    notSignedIn: 'Your user details were not recognised. Nothing was changed.',
    failed: 'The action failed. Nothing was changed; try again in the tab.',
  },
  truncated: '…',
};
