export declare const schemaSourceDir: string;
export declare function generate(dir?: string): Promise<Map<string, string>>;
