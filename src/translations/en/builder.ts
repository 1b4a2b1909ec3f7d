/** English strings of `<smr-routine-builder>`. Imported by the elements that show them, so each bundle carries only its own strings. */
import { registerEnglish } from "../../controllers/localize.js";
import type { Translation } from "../en.js";

export const strings: Pick<Translation, "builder"> = {
  builder: {
    title: "Build a routine",
    newTitle: "My routine",
    detailsTitle: "About the routine",
    routineTitle: "Title",
    description: "Description (optional)",
    rest: "Rest between steps, in seconds",
    switchPause: "Pause to switch sides, in seconds",
    catalogTitle: "Exercises",
    search: "Search exercises",
    searchHint: "A name, muscle or area, e.g. calves",
    area: "Area",
    anyArea: "All areas",
    front: "Front",
    back: "Back",
    tool: "Tool",
    anyTool: "All tools",
    results: (count) => (count === 1 ? "1 exercise" : `${count} exercises`),
    noResults:
      "No exercise matches. Clear the search or choose another area or tool.",
    add: "Add",
    addName: (name) => `Add ${name}`,
    stepsTitle: "Steps",
    empty: "No steps yet. Add exercises from the list, or a custom step.",
    addCustom: "Add a custom step",
    customName: "Custom step",
    custom: "Custom",
    name: "Name",
    seconds: "Seconds",
    secondsPerSide: "Seconds per side",
    sides: "Sides",
    sidesBoth: "Left, then right",
    sidesNone: "One area or midline",
    toolDefault: (tool) => `${tool} (default)`,
    noTool: "Not set",
    instructions: "Instructions",
    instructionsHint: "One per line.",
    catalogInstructionsHint:
      "One per line. Leave empty to use the catalog’s how-to.",
    cautionsKept: (count) =>
      count === 1
        ? "1 caution from the loaded routine is kept."
        : `${count} cautions from the loaded routine are kept.`,
    handle: (name, index, count) => `Move ${name}, step ${index} of ${count}`,
    reorderHint:
      "To reorder, drag a step by its handle, or focus the handle and press the up and down arrow keys.",
    moveUp: (name) => `Move ${name} up`,
    moveDown: (name) => `Move ${name} down`,
    remove: (name) => `Remove ${name}`,
    stepLimit: (max) => `A routine can have up to ${max} steps.`,
    announceAdded: (name, index) => `${name} added as step ${index}.`,
    announceMoved: (name, index, count) =>
      `${name} moved to step ${index} of ${count}.`,
    announceRemoved: (name) => `${name} removed.`,
    total: (clock) => `Total ${clock}`,
    totalDetail: "including rest, side switches and the 5-second get-ready",
    problems: (count) =>
      count === 1
        ? "1 problem to fix before embedding:"
        : `${count} problems to fix before embedding:`,
    exportTitle: "Embed it",
    format: "Embed format",
    formatSteps: "HTML steps (easy to edit by hand)",
    formatJson: "JSON inside the tag (keeps every field)",
    formatFallback:
      "This routine has step cautions or multi-line instructions that only JSON keeps, so the code uses JSON.",
    embedCode: "Embed code",
    copyEmbed: "Copy embed code",
    copyJson: "Copy JSON",
    download: "Download JSON",
    jsonTitle: "Routine JSON",
    copiedEmbed: "Embed code copied.",
    copiedJson: "JSON copied.",
    copyFailed:
      "Could not copy. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    downloaded: (file) => `Downloaded ${file}.`,
    importTitle: "Load a routine",
    preset: "Start from a preset",
    choosePreset: "Choose a preset",
    loadPreset: "Load preset",
    pasteJson: "Routine JSON",
    pasteHint: "Paste a routine exported from this builder, or open a file.",
    loadJson: "Load JSON",
    openFile: "Open a JSON file",
    importFailed: "This routine could not be loaded",
    badJson: (detail) => `The text is not valid JSON (${detail}).`,
    fileTooLarge: (file) => `${file} is larger than 1 MB.`,
    loaded: (title) => `Loaded “${title}”.`,
    undo: "Undo",
    undone: "Undone.",
    previewTitle: "Preview",
    previewHint: "This is how the routine plays on your page.",
    previewInvalid: "The preview appears once the problems above are fixed.",
  },
};

registerEnglish(strings);
