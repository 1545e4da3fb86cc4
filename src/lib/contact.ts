/** A tel: link a phone can dial, from a number written for people ("024 3826 1234"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;
