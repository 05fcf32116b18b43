package asyncio

// installLocks defines Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier on the module.
func (a *Asyncio) installLocks() {}
