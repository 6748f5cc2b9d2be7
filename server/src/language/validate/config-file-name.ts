/** The rule configuration's file name, on its own so the VS Code client can use it without loading the rules. */
export const CONFIG_FILE_NAME = '.imrrc.json';
