import { check } from "../src/index.js";
import { generate } from "./bench-gen.js";
const d = generate(1000);
for (let i = 0; i < 6; i++) check([d]);
