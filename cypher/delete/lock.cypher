// Takes the write lock of the node n (matched before this text) before anything reads what names it, so a
// concurrent import can add no service or referral to it unseen: that import waits for this transaction, or
// this one for the import, and then sees what it wrote.
SET n.tafelLock = true
REMOVE n.tafelLock
RETURN count(n) AS locked
