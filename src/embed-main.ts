/** Entry of the embed pages (/embed/<chartId>/): small on purpose, see features/embed/start.ts. */
import "./index.css";
import "./features/embed/embed.css";
import { startEmbed } from "@/features/embed/start.ts";

startEmbed(window);
