-- A PSP call is reserved before it is made: the payment row is committed as PENDING (authorisation asked) or
-- REFUNDING (refund asked) in the consumer's transaction, the PSP is called after that commit with the operation's
-- idempotency key, and its answer is recorded in a transaction of its own. A row left in either state after a crash
-- tells the recovery pass which call to repeat (docs/reliability.md, "The payment provider's side of a charge").
ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check
    CHECK (status IN ('PENDING', 'AUTHORIZED', 'DECLINED', 'REFUNDING', 'REFUNDED'));

-- the recovery pass's scan: only unsettled rows, oldest first; settled rows leave the index
CREATE INDEX payments_unsettled ON payments (updated_at) WHERE status IN ('PENDING', 'REFUNDING');
