/**
 * The highest page number any list accepts. Without it a page such as 99999999999999999999 turned
 * into an offset that SQLite stores as a float ("datatype mismatch") and PostgreSQL refuses as out
 * of bigint range: a 500 instead of the 400 a client mistake deserves. At the largest page size
 * (100) this still reaches 10^8 items, and the offset stays far inside both databases' integers.
 */
export const maxPage = 1_000_000;
