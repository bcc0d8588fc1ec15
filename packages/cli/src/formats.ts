/** The output formats of `ethiek check`. */
export const formats = ["stylish", "json", "sarif", "junit", "gitlab", "html", "markdown"] as const;
export type FormatName = (typeof formats)[number];
