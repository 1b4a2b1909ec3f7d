/** English strings of `<smr-routine>`. Imported by the elements that show them, so each bundle carries only its own strings. */
import { registerEnglish } from "../../controllers/localize.js";
import type { Translation } from "../en.js";

export const strings: Pick<Translation, "routine"> = {
  routine: {
    untitled: "Routine",
    total: (clock) => `${clock} in total`,
    stepCount: (count) => (count === 1 ? "1 step" : `${count} steps`),
    youNeed: (tools) => `You need: ${tools}`,
    perSide: (clock) => `${clock} per side`,
    start: "Start",
    startName: (title) => `Start ${title}`,
    pause: "Pause",
    resume: "Resume",
    previous: "Previous",
    next: "Next",
    skip: "Skip",
    restart: "Restart",
    continue: "Continue",
    previousName: "Previous step",
    nextName: "Next step",
    restartName: "Restart the session",
    stepOf: (index, count) => `Step ${index} of ${count}`,
    timeLeft: (clock) => `${clock} left`,
    progressName: "Session progress",
    upNext: (name) => `Next: ${name}`,
    lastStep: "Last step",
    rest: "Rest",
    howTo: "How to",
    cues: "Keep in mind",
    cautions: "Take care",
    beforeTitle: "Before you start",
    beforeIntro: "Check that each of these is true for you today:",
    beforeOk: "All true, hide this next time",
    beforeIfNot:
      "If any is not, skip this session and ask a health professional first.",
    resumeTitle: "Pick up where you left off?",
    resumeDetail: (index, count, clock) =>
      `Step ${index} of ${count}, ${clock} left.`,
    resumeYes: "Resume",
    resumeNo: "Start over",
    stepDone: "Step done",
    continueHint: "Continue when you are ready.",
    completeTitle: "Session complete",
    timeSpent: (clock) => `Time: ${clock}`,
    completed: (count) => `${count} completed`,
    skipped: (count) => `${count} skipped`,
    tenderQuestion: (side) =>
      side ? `How tender was it (${side})?` : "How tender was it?",
    tenderNone: "No answer",
    lastTime: (rating) => `Last time: ${rating} of 10`,
    tenderSaved: "Ratings stay on this device.",
    streak: (days) =>
      days === 1 ? "First day of your streak" : `${days} days in a row`,
    shortcuts:
      "Keys while focus is in the player: Space pauses or resumes, arrow keys move between steps.",
    loading: "Loading the routine…",
    retry: "Try again",
    loadFailed: "The routine could not be loaded",
    httpStatus: (status) => `the server answered ${status}`,
    network: "the network request failed",
    notJson: (type) => `expected a JSON file, got content type "${type}"`,
    tooLarge: "the file is larger than 1 MB",
    badJson: (detail) => `the file is not valid JSON (${detail})`,
    unknownPreset: (preset, suggestions) =>
      `unknown preset ${preset}${suggestions}`,
    announceStart: (title) => `${title} started.`,
    announceStep: (index, count, name, side) =>
      `Step ${index} of ${count}: ${name}${side ? `, ${side}` : ""}.`,
    announceRest: (next) => `Rest. Next: ${next}.`,
    announceSwitch: (side) => `Switch sides. ${side} next.`,
    announceGetReady: (name) => `Get ready: ${name}.`,
    announceStepDone: "Step done. Continue when you are ready.",
    announceComplete: "Session complete. Well done.",
    announcePaused: "Paused.",
    announceResumed: "Resumed.",
  },
};

registerEnglish(strings);
