/**
 * Validates the dataset's text off the page's main thread and answers with its problems (none when
 * valid). Only the problems travel back: copying the validated dataset to the page would cost what
 * moving the check here saves.
 */
import { validateDatasetText } from "./validate.ts";

onmessage = (event: MessageEvent<string>) => {
  const result = validateDatasetText(event.data);
  postMessage(result.ok ? [] : result.problems);
};
