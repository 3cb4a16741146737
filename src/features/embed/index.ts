/**
 * What the app may use from the embed feature: the explorer's Embed dialog and the embed code
 * generator. (Features do not import each other; src/app mounts the dialog next to the explorer.)
 */
export { EmbedDialog, type EmbedDialogProps } from "./EmbedDialog.tsx";
export { embedCode, embedUrl, staticSvgUrl, EMBED_INITIAL_HEIGHT } from "./embed-code.ts";
