/**
 * The name of an image made by 인스턴스 이미지 생성 (createImage). The guide makes
 * `createImage.name` required and gives no length; Glance's image schema (the Image API v2 of
 * neighbour-apis.md) takes a name of at most 255 characters. The create-image dialog (before it
 * sends) and the emulator's createImage (its 400) both hold that limit from here (issue 11: one
 * rule, one place).
 */
export const IMAGE_NAME_MAX = 255;
