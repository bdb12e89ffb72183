/**
 * The text an HtmlOutput or TextOutput holds, with the four methods both classes have for it
 * (append, clear, getContent, setContent). Each call is recorded under the owning class's name;
 * the chaining methods return the owner, as Apps Script's do.
 * https://developers.google.com/apps-script/reference/html/html-output#append(String)
 * https://developers.google.com/apps-script/reference/content/text-output#append(String)
 */
export interface ContentBuffer<Owner> {
  text: string;
  methods: {
    append(addedContent: string): Owner;
    clear(): Owner;
    getContent(): string;
    setContent(newContent: string): Owner;
  };
}

export function contentBuffer<Owner>(
  call: (method: string) => void,
  initial: string,
  owner: () => Owner,
): ContentBuffer<Owner> {
  const buffer: ContentBuffer<Owner> = {
    text: initial,
    methods: {
      append(addedContent: string) {
        call('append');
        buffer.text += String(addedContent);
        return owner();
      },
      clear() {
        call('clear');
        buffer.text = '';
        return owner();
      },
      getContent() {
        call('getContent');
        return buffer.text;
      },
      setContent(newContent: string) {
        call('setContent');
        buffer.text = String(newContent);
        return owner();
      },
    },
  };
  return buffer;
}
