export { ensureMeetings, listMeetings } from './list-meetings';
export { createMeeting, updateMeeting } from './keep-meetings';
export type { Agenda, AgendaObservation } from './meeting-agenda';
export { meetingAgenda } from './meeting-agenda';
export { recordMinutes } from './record-minutes';
