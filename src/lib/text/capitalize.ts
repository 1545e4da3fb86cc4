/** First letter in capitals, the Vietnamese way: "người cao tuổi" becomes "Người cao tuổi". */
export const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
