// Words that, inside [brackets] or <angles>, mark a blank someone meant to fill in.
export const fillInWords: string[] = [
  'link', 'url', 'insert', 'name', 'first[ _]?name', 'last[ _]?name', 'date', 'time', 'price', 'code',
  'tbd', 'tbc', 'tk', 'placeholder', 'todo', 'add', 'image', 'photo', 'handle', 'company', 'brand',
  'product', 'city', 'number', 'amount', 'percent', 'discount', 'x+',
];
