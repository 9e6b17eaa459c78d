-- wrk script for load-tests/probe/cpu-probe.sh: posts the README's order (Alice, two Margheritas at Pizzeria Roma,
-- tok_visa), each request with its own Idempotency-Key; each wrk thread seeds its own generator. TOKEN is Alice's
-- customer token (cpu-probe.sh mints it): the services refuse an order without one (docs/security.md).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "order.lua needs TOKEN (Alice's customer token)")
wrk.body = '{"userId":"11111111-1111-4111-8111-111111111111","restaurantId":"22222222-2222-4222-8222-222222222221",'
  .. '"items":[{"menuItemId":"33333333-3333-4333-8333-333333333311","quantity":2}],'
  .. '"deliveryAddress":{"street":"Friedrichstr. 1","city":"Berlin","postalCode":"10117"},"paymentToken":"tok_visa"}'

thread_number = 0
function setup(thread)
  thread_number = thread_number + 1
  thread:set("thread_number", thread_number)
end

local sent = 0
function init(args)
  math.randomseed(os.time() * 1000 + thread_number * 7919)
end

function request()
  sent = sent + 1
  wrk.headers["Idempotency-Key"] = string.format("probe-%d-%08x-%08x-%d", thread_number,
    math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), sent)
  return wrk.format(nil, "/orders")
end
