package asyncio

// installQueues defines Queue, PriorityQueue and LifoQueue on the module.
func (a *Asyncio) installQueues() {}
